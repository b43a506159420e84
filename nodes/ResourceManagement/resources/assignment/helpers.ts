import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { dateParameter } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { checkId, type IdKind } from '../../../shared/hooks';
import { leaveTypeLocator, phaseLocator, placeholderLocator, projectLocator, userLocator } from '../../shared/locators';

/*
 * Input helpers shared by the Assignment, Task, Absence, Time Entry and Approval resources.
 * They check what the user entered before any request is sent and write the API's keys.
 */

export interface IdSpec {
	name: string;
	label: string;
	kind?: IdKind;
}

/** The body of a request as an object we may add keys to. */
export function bodyOf(options: IHttpRequestOptions): IDataObject {
	const body = options.body && typeof options.body === 'object' ? (options.body as IDataObject) : {};
	options.body = body;
	return body;
}

/** Checks an integer ID parameter and returns it as a number (RM IDs are integers in JSON). */
export function integerId(ctx: IExecuteSingleFunctions, name: string, label: string): number {
	return Number(checkId(ctx, name, label, 'integer'));
}

/** preSend: validates integer IDs and writes them into the body as numbers under `key`. */
export function sendIds(ids: Array<{ name: string; label: string; key: string }>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = bodyOf(options);
		for (const id of ids) body[id.key] = integerId(this, id.name, id.label);
		return options;
	};
}

/** preSend: fails when a required date field is empty (sendDates skips empty dates). */
export function requireDates(dates: Array<{ param: string; label: string }>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		for (const date of dates) {
			if (dateParameter(this, date.param, date.label) === undefined) {
				throw inputError(
					this.getNode(),
					`'${date.label}' is empty`,
					`Enter the ${date.label} as a date such as 2026-03-02.`,
					this.getItemIndex(),
				);
			}
		}
		return options;
	};
}

/**
 * Reads a number parameter that must be greater than 0 (and at most `max`). Returns undefined
 * when the parameter is not set (optional collection fields).
 */
export function positiveNumber(
	ctx: IExecuteSingleFunctions,
	name: string,
	label: string,
	max?: number,
): number | undefined {
	const raw = ctx.getNodeParameter(name, null) as unknown;
	if (raw === undefined || raw === null || raw === '') return undefined;
	const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(value) || value <= 0 || (max !== undefined && value > max)) {
		throw inputError(
			ctx.getNode(),
			`'${label}' must be a number greater than 0${max !== undefined ? ` and at most ${max}` : ''}: ${JSON.stringify(raw)}`,
			`Enter a positive number for '${label}', for example 4 or 7.5.`,
			ctx.getItemIndex(),
		);
	}
	return value;
}

/** preSend for updates: an empty body would change nothing, so say so before sending it. */
export const requireChanges: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const body = bodyOf(options);
	if (Object.keys(body).length === 0) {
		throw inputError(
			this.getNode(),
			'No fields to update',
			"Add at least one field under 'Update Fields'.",
			this.getItemIndex(),
		);
	}
	return options;
};

/** `=/…/{{ id }}` URL segment of an ID parameter. */
export const idSegment = (name: string) => `{{ encodeURIComponent(String($parameter.${name}).trim()) }}`;

// ---------------------------------------------------------------------------------------------
// What a record is scheduled or logged on: a project, a phase or a leave type (`assignable_id`).

/** The "Assign On" / "Log Time On" selector and the pickers it shows. */
export function assignableFields(displayName: string, description: string): INodeProperties[] {
	return [
		{
			displayName,
			name: 'assignOn',
			type: 'options',
			noDataExpression: true,
			default: 'project',
			description,
			options: [
				{ name: 'Leave Type', value: 'leaveType', description: 'Absence such as Vacation or Sick' },
				{ name: 'Phase', value: 'phase', description: 'A phase of a project' },
				{ name: 'Project', value: 'project' },
			],
		},
		{
			...projectLocator('The project (for a phase: the project the phase belongs to)'),
			displayOptions: { show: { assignOn: ['project', 'phase'] } },
		},
		{ ...phaseLocator(), displayOptions: { show: { assignOn: ['phase'] } } },
		{ ...leaveTypeLocator(), displayOptions: { show: { assignOn: ['leaveType'] } } },
	];
}

/** preSend: validates the chosen project, phase or leave type and sends it as `assignable_id`. */
export const sendAssignable: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const on = this.getNodeParameter('assignOn', 'project') as string;
	const body = bodyOf(options);
	if (on === 'leaveType') body.assignable_id = integerId(this, 'leaveTypeId', 'Leave Type');
	else if (on === 'phase') {
		integerId(this, 'projectId', 'Project');
		body.assignable_id = integerId(this, 'phaseId', 'Phase');
	} else body.assignable_id = integerId(this, 'projectId', 'Project');
	return options;
};

// ---------------------------------------------------------------------------------------------
// Allocation: how much of each day (or how many hours in all) an assignment takes.

export const PERCENT_DESCRIPTION =
	'Share of each working day in percent: enter 50 for half days, 100 for full days. The node sends it to Resource Management as a fraction (50 → 0.5).';

/** Writes `allocation_mode` and its value; `percent` is entered as 0–100 and sent as a fraction. */
export function writeAllocation(
	ctx: IExecuteSingleFunctions,
	body: IDataObject,
	mode: string,
	prefix: string,
): void {
	if (mode === 'percent') {
		const percent = positiveNumber(ctx, `${prefix}percent`, 'Percent of Day');
		if (percent === undefined) throw missing(ctx, 'Percent of Day');
		body.allocation_mode = 'percent';
		body.percent = Math.round(percent * 100) / 10000;
	} else if (mode === 'hours_per_day') {
		const hours = positiveNumber(ctx, `${prefix}hours_per_day`, 'Hours per Day', 24);
		if (hours === undefined) throw missing(ctx, 'Hours per Day');
		body.allocation_mode = 'hours_per_day';
		body.hours_per_day = hours;
	} else if (mode === 'fixed') {
		const hours = positiveNumber(ctx, `${prefix}fixed_hours`, 'Total Hours');
		if (hours === undefined) throw missing(ctx, 'Total Hours');
		body.allocation_mode = 'fixed';
		body.fixed_hours = hours;
	}
}

function missing(ctx: IExecuteSingleFunctions, label: string) {
	return inputError(ctx.getNode(), `'${label}' is empty`, `Enter a number greater than 0 for '${label}'.`, ctx.getItemIndex());
}

export const allocationModeField: INodeProperties = {
	displayName: 'Allocation',
	name: 'allocation_mode',
	type: 'options',
	default: 'percent',
	description: 'How the time is planned',
	options: [
		{ name: 'Fixed Total Hours', value: 'fixed', description: 'A total number of hours spread over the dates' },
		{ name: 'Hours per Day', value: 'hours_per_day', description: 'The same number of hours on each working day' },
		{ name: 'Percent of Day', value: 'percent', description: 'A share of each working day' },
	],
};

/** The value fields of each allocation mode, shown for the mode selected in `modeField`. */
export function allocationValueFields(modeField: string): INodeProperties[] {
	return [
		{
			displayName: 'Percent of Day',
			name: 'percent',
			type: 'number',
			default: 100,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: PERCENT_DESCRIPTION,
			displayOptions: { show: { [modeField]: ['percent'] } },
		},
		{
			displayName: 'Hours per Day',
			name: 'hours_per_day',
			type: 'number',
			default: 8,
			typeOptions: { minValue: 0, maxValue: 24, numberPrecision: 2 },
			description: 'Hours planned on each working day (more than 0, at most 24)',
			displayOptions: { show: { [modeField]: ['hours_per_day'] } },
		},
		{
			displayName: 'Total Hours',
			name: 'fixed_hours',
			type: 'number',
			default: 8,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: 'Hours planned in all, spread over the working days between the dates',
			displayOptions: { show: { [modeField]: ['fixed'] } },
		},
	];
}

// ---------------------------------------------------------------------------------------------
// List scopes: the whole account, or nested under one user, placeholder or project.

const SCOPES: Record<string, { param: string; label: string }> = {
	user: { param: 'userId', label: 'User' },
	placeholder: { param: 'placeholderId', label: 'Placeholder' },
	project: { param: 'projectId', label: 'Project' },
};

/** The list route of a scope: `/assignments`, or nested under a user, placeholder or project. */
export const scopedListUrl = (records: string) =>
	`={{ $parameter.scope === "user" ? "/users/" + encodeURIComponent(String($parameter.userId).trim()) : $parameter.scope === "placeholder" ? "/placeholder_resources/" + encodeURIComponent(String($parameter.placeholderId).trim()) : $parameter.scope === "project" ? "/projects/" + encodeURIComponent(String($parameter.projectId).trim()) : "" }}/${records}`;

/** preSend: validates the ID of the chosen scope. */
export const checkScope: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const scope = SCOPES[this.getNodeParameter('scope', 'all') as string];
	if (scope) checkId(this, scope.param, scope.label, 'integer');
	return options;
};

/** The Scope selector and the picker each scope shows. */
export function scopeFields(records: string, scopes: string[]): INodeProperties[] {
	const options = [
		{ name: 'All', value: 'all', description: `All ${records} of the account` },
		{ name: 'One Placeholder', value: 'placeholder', description: `The ${records} of one placeholder` },
		{ name: 'One Project', value: 'project', description: `The ${records} of one project` },
		{ name: 'One User', value: 'user', description: `The ${records} of one user` },
	].filter((option) => option.value === 'all' || scopes.includes(option.value));
	const pickers: Record<string, INodeProperties> = {
		user: userLocator(`The user whose ${records} to list`),
		placeholder: placeholderLocator(`The placeholder whose ${records} to list`),
		project: projectLocator(`The project whose ${records} to list`),
	};
	return [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			noDataExpression: true,
			default: 'all',
			description: `Whose ${records} to list`,
			options,
		},
		...scopes.map((scope) => ({ ...pickers[scope], displayOptions: { show: { scope: [scope] } } })),
	];
}
