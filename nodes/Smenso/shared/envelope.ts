import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	PreSendAction,
} from 'n8n-workflow';
import { applyDates, type DateField } from '../../shared/dates';
import { inputError } from '../../shared/errors';
import { checkId, type IdKind } from '../../shared/idChecks';
import { jsonParameter } from '../../shared/inputChecks';
import { flavorValues } from './flavors';
import { FALLBACK_WINDOWS_ZONE, windowsZoneFor } from './timezones';

/** The tempId smenso echoes in ticket results, so a result pairs back to its n8n item. */
export function tempIdFor(itemIndex: number): string {
	return `n8n-item-${itemIndex}`;
}

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
			throw inputError(
				ctx.getNode(),
				"'Extra Fields (JSON)' must be a JSON object",
				'Write the fields as {"name": value, …}.',
				ctx.getItemIndex(),
			);
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
export function timezoneNote(
	ctx: IExecuteSingleFunctions,
	request: IHttpRequestOptions,
): string | undefined {
	const sent = (request.body as IDataObject | undefined)?.timezoneId;
	const zone = ctx.getTimezone();
	if (
		sent !== FALLBACK_WINDOWS_ZONE ||
		ctx.getNodeParameter('options.timezoneId', '') ||
		windowsZoneFor(zone)
	)
		return undefined;
	return `The workflow time zone ${zone} has no Windows time zone ID, so smenso was told UTC (timezoneId). Choose the time zone under Options → Time Zone if dates should count in another zone.`;
}

function noFeed(ctx: IExecuteSingleFunctions): IDataObject {
	const value = ctx.getNodeParameter('options.noFeed', null) as boolean | null;
	return value === null ? {} : { noFeed: value };
}
