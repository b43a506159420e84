import type { INodeProperties } from 'n8n-workflow';
import { ownerField, ownerLocators } from '../../shared/owner';

export const OWNER_DESCRIPTION =
	'Whether the custom fields belong to projects (and phases) or to users; each has its own set of fields';

/** "Custom Fields Of" and the matching project or user locator. */
export const valueOwnerFields = (purpose: string): INodeProperties[] => [
	ownerField('Custom Fields Of', OWNER_DESCRIPTION),
	...ownerLocators(purpose),
];

export const customFieldIdField: INodeProperties = {
	displayName: 'Custom Field Name or ID',
	name: 'customFieldId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCustomFields', loadOptionsDependsOn: ['owner'] },
	required: true,
	default: '',
	description:
		'The field to set (the list shows the project or user fields, with their type). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: {
		send: {
			type: 'body',
			property: 'custom_field_id',
			value: '={{ Number(String($value).trim()) }}',
		},
	},
};

/** The new value: one text, or for multiple-choice fields the list of chosen options. */
export const valueFields: INodeProperties[] = [
	{
		displayName: 'Multiple Choice',
		name: 'multipleChoice',
		type: 'boolean',
		default: false,
		description:
			'Whether the field is a multiple-choice selection list; then enter the chosen options under Values (they replace the current choice)',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		description:
			'The new value: any text for a text field, or the exact text of one option for a selection list',
		displayOptions: { show: { multipleChoice: [false] } },
		routing: { send: { type: 'body', property: 'value' } },
	},
	{
		displayName: 'Values',
		name: 'values',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Value' },
		default: [],
		description: 'The chosen options, each the exact text of an option of the field',
		displayOptions: { show: { multipleChoice: [true] } },
		routing: { send: { type: 'body', property: 'value' } },
	},
];
