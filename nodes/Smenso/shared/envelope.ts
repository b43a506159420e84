import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { applyDates, type DateField } from '../../shared/dates';
import { checkId, type IdKind } from '../../shared/hooks';
import { windowsZoneFor } from './timezones';

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
		applyDates(this, body, spec.dates ?? [], spec.dateOrder);
		const flavors = flavorValues(this);
		if (flavors.length) body.flavor = flavors;
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

function timezoneIdFor(ctx: IExecuteSingleFunctions): string | undefined {
	const chosen = ctx.getNodeParameter('options.timezoneId', '') as string;
	return chosen || windowsZoneFor(ctx.getTimezone());
}

function noFeed(ctx: IExecuteSingleFunctions): IDataObject {
	const value = ctx.getNodeParameter('options.noFeed', null) as boolean | null;
	return value === null ? {} : { noFeed: value };
}

/** Custom field (flavor) values from the `customFields` fixed collection. */
function flavorValues(ctx: IExecuteSingleFunctions): IDataObject[] {
	const entries = ctx.getNodeParameter('customFields.flavor', []) as IDataObject[];
	return entries
		.filter((entry) => entry.target)
		.map((entry) => ({ target: entry.target, value: entry.value }));
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
