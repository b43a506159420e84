import { bulkOptions } from './bulk';
import { byDisplayName } from '../../shared/descriptions';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { applyDates, type DateField } from '../../shared/dates';
import { inputError } from '../../shared/errors';
import { checkId, jsonParameter, type IdKind } from '../../shared/hooks';
import { flavorValues } from './flavors';
import { FALLBACK_WINDOWS_ZONE, windowsZoneFor } from './timezones';

/** The tempId smenso echoes in ticket results, so a result pairs back to its n8n item. */
export function tempIdFor(itemIndex: number): string {
	return `n8n-item-${itemIndex}`;
}

export type { DateField };

export interface IdSpec {
	name: string;
	label: string;
	kind: IdKind;
}

export interface WriteSpec {
	/** Item array name in the envelope (`project`, `task`, `absence`, ...). */
	entity: string;
	/** IDs to validate before sending (a function when they depend on another field). */
	ids?: IdSpec[] | ((ctx: IExecuteSingleFunctions) => IdSpec[]);
	/**
	 * The record an update changes, sent as the item's `id`. With Use External ID on, the item
	 * carries the External ID in `id` and `useExternalId: true` instead (smenso.md §1.5).
	 */
	recordId?: IdSpec;
	/** Date parameters, converted to yyyy-MM-dd in the workflow's timezone. */
	dates?: DateField[];
	/** [start, end] keys whose order is checked. */
	dateOrder?: [string, string];
	/** Body keys that belong on the envelope rather than on the item (e.g. `projectId`). */
	topLevel?: string[];
	/** Send the body as is (no envelope): for endpoints that take a plain object. */
	plain?: boolean;
	/** Adds no timezoneId (endpoints whose envelope has none, e.g. comments). */
	noTimezone?: boolean;
}

/**
 * preSend for smenso writes. The routing of each field has already put its value into the
 * body; this converts the dates, moves the item fields into `{ timezoneId, <entity>: [item] }`
 * and tags the item with a tempId.
 */
export function smensoWrite(spec: WriteSpec): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = { ...((options.body as IDataObject) ?? {}) };
		const ids = typeof spec.ids === 'function' ? spec.ids(this) : (spec.ids ?? []);
		for (const id of ids) {
			const value = checkId(this, id.name, id.label, id.kind);
			// The field's routing sent the text as typed; send the checked, trimmed ID instead.
			for (const [key, sent] of Object.entries(body)) {
				if (typeof sent === 'string' && sent !== value && sent.trim() === value) body[key] = value;
			}
		}
		if (spec.recordId) Object.assign(body, recordReference(this, spec.recordId));
		applyDates(this, body, spec.dates ?? [], spec.dateOrder);
		const flavors = await flavorValues(this);
		if (flavors.length) body.flavor = flavors;
		Object.assign(body, extraFields(this));
		if (spec.plain) {
			options.body = body;
			return options;
		}
		const top: IDataObject = {};
		for (const key of spec.topLevel ?? []) {
			if (body[key] !== undefined) top[key] = body[key];
			delete body[key];
		}
		const timezoneId = spec.noTimezone ? undefined : timezoneIdFor(this);
		options.body = {
			...(timezoneId ? { timezoneId } : {}),
			...top,
			...noFeed(this),
			[spec.entity]: [{ ...body, tempId: tempIdFor(this.getItemIndex()) }],
		};
		return options;
	};
}

/** How an update names its record: by GUID, or by External ID when Use External ID is on. */
function recordReference(ctx: IExecuteSingleFunctions, id: IdSpec): IDataObject {
	if (ctx.getNodeParameter('useExternalId', false) as boolean) {
		return { id: checkId(ctx, 'matchExternalId', 'External ID', 'text'), useExternalId: true };
	}
	return { id: checkId(ctx, id.name, id.label, id.kind) };
}

/** The collections a write's Extra Fields (JSON) may sit in. */
const EXTRA_FIELD_PARAMETERS = ['additionalFields.extraFields', 'updateFields.extraFields'];

/** Extra Fields (JSON): any further item fields, sent as they are, overriding the node's. */
function extraFields(ctx: IExecuteSingleFunctions): IDataObject {
	const fields: IDataObject = {};
	for (const parameter of EXTRA_FIELD_PARAMETERS) {
		const extra = jsonParameter(ctx, parameter, 'Extra Fields (JSON)');
		if (extra === undefined) continue;
		if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
			throw inputError(ctx.getNode(), "'Extra Fields (JSON)' must be a JSON object", 'Write the fields as {"name": value, …}.', ctx.getItemIndex());
		}
		Object.assign(fields, extra);
	}
	return fields;
}

/**
 * The Windows time-zone ID for the envelope: the one chosen in the options, else the workflow's
 * zone through the CLDR table, else UTC (the item then carries a note saying so).
 */
function timezoneIdFor(ctx: IExecuteSingleFunctions): string {
	const chosen = ctx.getNodeParameter('options.timezoneId', '') as string;
	return chosen || windowsZoneFor(ctx.getTimezone()) || FALLBACK_WINDOWS_ZONE;
}

/** The note an item gets when its dates were sent in UTC for want of a Windows ID. */
export function timezoneNote(ctx: IExecuteSingleFunctions, request: IHttpRequestOptions): string | undefined {
	const sent = (request.body as IDataObject | undefined)?.timezoneId;
	const zone = ctx.getTimezone();
	if (sent !== FALLBACK_WINDOWS_ZONE || ctx.getNodeParameter('options.timezoneId', '') || windowsZoneFor(zone)) return undefined;
	return `The workflow time zone ${zone} has no Windows time zone ID, so smenso was told UTC (timezoneId). Choose the time zone under Options → Time Zone if dates should count in another zone.`;
}

function noFeed(ctx: IExecuteSingleFunctions): IDataObject {
	const value = ctx.getNodeParameter('options.noFeed', null) as boolean | null;
	return value === null ? {} : { noFeed: value };
}

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
	description: 'Values for the workspace\'s custom fields (smenso calls them flavors). Formula flavors are computed and cannot be set.',
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
			description: 'Whether smenso should skip activity-feed entries and notifications for this change',
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
	options: (writeOptionsField.options ?? []).filter((option) => !['noFeed', 'timezoneId'].includes(option.name)),
};

/** Options of the creates and updates that send an envelope: the write options plus Send in Bulk. */
export const bulkWriteOptionsField: INodeProperties = {
	...writeOptionsField,
	options: byDisplayName([...((writeOptionsField.options ?? []) as INodeProperties[]), ...bulkOptions]),
};

/** The same for settings writes without time zone and feed flag (absence types). */
export const bulkWaitOptionsField: INodeProperties = {
	...waitOptionsField,
	options: byDisplayName([...((waitOptionsField.options ?? []) as INodeProperties[]), ...bulkOptions]),
};
