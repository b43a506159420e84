import type { INodeProperties } from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { staffingFields } from '../../shared/staffingFields';

export const placeholderUrl = `=/placeholder_resources/${urlId('placeholderId')}`;

export const placeholderId = {
	name: 'placeholderId',
	label: 'Placeholder',
	kind: 'integer' as const,
};

export const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	description: 'Name shown in schedules, e.g. Senior Designer (to be hired)',
	routing: { send: { type: 'body', property: 'title' } },
};

/** Writable placeholder fields besides the title (names, not IDs). */
export const placeholderFields: INodeProperties[] = staffingFields({
	discipline: 'Design',
	role: 'Designer',
});

/** Nested collections a placeholder can embed (`fields=`). */
export const placeholderEmbedField: INodeProperties = {
	displayName: 'Include',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	description: 'Extra data to embed in each placeholder',
	options: [
		{ name: 'Assignments', value: 'assignments' },
		{ name: 'Custom Field Values', value: 'custom_field_values' },
	],
	routing: {
		send: {
			type: 'query',
			property: 'fields',
			value: '={{ $value.length ? $value.join(",") : undefined }}',
		},
	},
};
