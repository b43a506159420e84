import type { INodeProperties } from 'n8n-workflow';
import { byDisplayName } from '../../shared/descriptions';
import { MAX_BATCH_SIZE } from './bulk';

/** Extra Fields (JSON) for a write's collection of optional fields. */
export function extraFieldsField(what: string): INodeProperties {
	return {
		displayName: 'Extra Fields (JSON)',
		name: 'extraFields',
		type: 'json',
		default: '{}',
		description: `Further ${what} fields as a JSON object, sent as they are and overriding the fields above, e.g. {"externalId": "CRM-7"}. Use it for fields the node does not offer; write dates as yyyy-MM-dd and durations in minutes.`,
	};
}

/**
 * Use External ID: an update names its record by the External ID it has in another system
 * instead of its smenso GUID (the GUID field is hidden while it is on).
 */
export function externalIdFields(what: string, idField: INodeProperties): INodeProperties[] {
	return [
		{
			displayName: 'Use External ID',
			name: 'useExternalId',
			type: 'boolean',
			default: false,
			description: `Whether to find the ${what} by its External ID (the ID it has in your other system) instead of its smenso GUID`,
		},
		{ ...idField, displayOptions: { ...idField.displayOptions, hide: { useExternalId: [true] } } },
		{
			displayName: 'External ID',
			name: 'matchExternalId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. CRM-4711',
			description: `The External ID of the ${what} to change, as it was set on create; the node sends it with useExternalId so smenso looks the record up by it`,
			displayOptions: { show: { useExternalId: [true] } },
		},
	];
}

/** Custom fields (flavors): pick a flavor of the workspace and give its value. */
export const customFieldsField: INodeProperties = {
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	placeholder: 'Add Custom Field',
	default: {},
	typeOptions: { multipleValues: true },
	description:
		"Values for the workspace's custom fields (smenso calls them flavors). Formula flavors are computed and cannot be set.",
	options: [
		{
			displayName: 'Custom Field',
			name: 'flavor',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'target',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getFlavors' },
					default: '',
					description:
						'The custom field to set. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description: 'The value; for date fields use yyyy-MM-dd, for selections the option text',
				},
			],
		},
	],
};

/** Options every smenso write shares: time zone, activity feed and ticket handling. */
export const writeOptionsField: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Wait Time (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 120,
			description:
				'How long to wait for smenso to finish the change before the node reports it as still running',
		},
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollIntervalSeconds',
			type: 'number',
			typeOptions: { minValue: 0.01, numberPrecision: 2 },
			default: 1,
			description:
				'Wait before the first status check; each later check waits twice as long, up to 30 seconds',
		},
		{
			displayName: 'Suppress Activity Feed',
			name: 'noFeed',
			type: 'boolean',
			default: false,
			description:
				'Whether smenso should skip activity-feed entries and notifications for this change',
		},
		{
			displayName: 'Time Zone Name or ID',
			name: 'timezoneId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTimezones' },
			default: '',
			description:
				'Time zone smenso applies to the dates. Empty uses the workflow\'s time zone. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: true,
			description:
				'Whether to wait until smenso has applied the change and return its result, or return the ticket at once (check it later with Ticket → Get Status)',
		},
	],
};

/**
 * Options of writes that send no time zone and no feed flag (deletes, settings such as absence
 * types and invitations): only how the node waits for smenso's result.
 */
export const waitOptionsField: INodeProperties = {
	...writeOptionsField,
	options: (writeOptionsField.options ?? []).filter(
		(option) => !['noFeed', 'timezoneId'].includes(option.name),
	),
};

/** Options → Send in Bulk and Batch Size, for the creates and updates that send an envelope. */
const bulkOptions: INodeProperties[] = [
	{
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_BATCH_SIZE },
		default: 100,
		description: `With Send in Bulk: how many input items go into one request (at most ${MAX_BATCH_SIZE})`,
	},
	{
		displayName: 'Send in Bulk',
		name: 'sendInBulk',
		type: 'boolean',
		default: false,
		description:
			'Whether to send the input items together, Batch Size items per request (smenso counts a bulk request as one against its rate limit) instead of one request per item. Each item keeps its own fields and checks and gets its own result; an item smenso rejects fails alone.',
	},
];

/** Options of the creates and updates that send an envelope: the write options plus Send in Bulk. */
export const bulkWriteOptionsField: INodeProperties = {
	...writeOptionsField,
	options: byDisplayName([
		...((writeOptionsField.options ?? []) as INodeProperties[]),
		...bulkOptions,
	]),
};

/** The same for settings writes without time zone and feed flag (absence types). */
export const bulkWaitOptionsField: INodeProperties = {
	...waitOptionsField,
	options: byDisplayName([
		...((waitOptionsField.options ?? []) as INodeProperties[]),
		...bulkOptions,
	]),
};
