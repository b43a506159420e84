import type { INodeProperties } from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';

export const userEntryUrl = `=/users/${urlId('userId')}/time_entries/${urlId('timeEntryId')}`;

export const ENTRY_IDS = requireIds([
	{ name: 'userId', label: 'User', kind: 'integer' },
	{ name: 'timeEntryId', label: 'Time Entry ID', kind: 'integer' },
]);

export const timeEntryIdField: INodeProperties = {
	displayName: 'Time Entry ID',
	name: 'timeEntryId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 26107271550',
	description:
		'ID of the time entry (from Get Many, or mapped from the ID field of an earlier node)',
};
