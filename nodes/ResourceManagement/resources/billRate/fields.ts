import {
	NodeApiError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyRouting,
	type JsonObject,
	type PreSendAction,
} from 'n8n-workflow';
import { idExpression, urlId } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/idChecks';
import { bodyOf } from '../../../shared/inputChecks';
import { integerId } from '../../shared/ids';
import { phaseLocator, placeholderLocator, projectLocator, rmLocator, userLocator } from '../../shared/locators';
import { runRmRequest } from '../../shared/transport';

/*
 * Bill rates (§5.20). Project and phase rates live below the project or phase
 * (`/projects/{id}/bill_rates`); account default rates at `/bill_rates`, which RM has refused
 * to API tokens (403 "account level bill rates", even with the account owner's token).
 * There is no delete: it was removed from the API docs in 2024.
 */

/**
 * Scope: a project's rates, a phase's, or (Get Many, Update) the account's default rates. Get
 * has no account scope: GET /bill_rates/{id} answered 403 even for a project rate's ID.
 */
export function scopeField(verb: string, withAccount: boolean): INodeProperties {
	const account = {
		name: 'Account Defaults',
		value: 'account',
		description:
			'The default rates new projects copy. Resource Management restricts them to administrators and has refused them to API tokens.',
	};
	return {
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		noDataExpression: true,
		default: 'project',
		description: `Which bill rates to ${verb}`,
		options: [
			...(withAccount ? [account] : []),
			{ name: 'Phase', value: 'phase', description: 'The rates of a phase that has its own rates' },
			{ name: 'Project', value: 'project', description: 'The rates of one project' },
		],
	};
}

/** The project (and phase) pickers of a scope or of Create's "Rate On". */
export function rateOwnerFields(selector: string, purpose: string): INodeProperties[] {
	return [
		{
			...projectLocator(`The project ${purpose} (for a phase: the project the phase belongs to)`),
			displayOptions: { show: { [selector]: ['project', 'phase'] } },
		},
		{ ...phaseLocator(), displayOptions: { show: { [selector]: ['phase'] } } },
	];
}

/** Expression text of the rates' path: /bill_rates, or below the chosen project or phase. */
const ratesPath = `($parameter.scope === "account" ? "" : "/projects/" + ($parameter.scope === "phase" ? ${idExpression('phaseId')} : ${idExpression('projectId')})) + "/bill_rates"`;

export const billRatesUrl = `={{ ${ratesPath} }}`;
export const billRateUrl = `={{ ${ratesPath} }}/${urlId('billRateId')}`;

/** preSend: checks the IDs of the chosen scope (the project, and the phase of a phase). */
export function checkRateOwner(selector: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const scope = this.getNodeParameter(selector, 'project') as string;
		if (scope === 'account') return options;
		integerId(this, 'projectId', 'Project');
		if (scope === 'phase') integerId(this, 'phaseId', 'Phase');
		return options;
	};
}

export const billRateIdField: INodeProperties = {
	displayName: 'Bill Rate ID',
	name: 'billRateId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 319903',
	description: 'ID of the bill rate (from Get Many, or mapped from the ID field of an earlier node)',
};

export const rateField: INodeProperties = {
	displayName: 'Rate',
	name: 'rate',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, numberPrecision: 2 },
	description: 'Hourly rate in the account currency, e.g. 150',
};

export const rebuildAssignmentsField: INodeProperties = {
	displayName: 'Rebuild Assignments',
	name: 'rebuildAssignments',
	type: 'boolean',
	default: false,
	description:
		'Whether Resource Management re-prices the ongoing and future assignments of the project with the new rate (otherwise only new work gets it)',
	routing: { send: { type: 'query', property: 'rebuild_assignments', value: '={{ $value || undefined }}' } },
};

/** Whom a rate applies to and when: the writable fields besides the rate, sorted by name. */
export const rateTargetFields: INodeProperties[] = [
	{
		...rmLocator('Discipline', 'discipline_id', 'searchDisciplines', 'A rate for the people of this discipline (not with a user or placeholder)'),
		required: false,
	},
	{
		displayName: 'End Date',
		name: 'ends_at',
		type: 'dateTime',
		default: '',
		description: 'Last day the rate applies (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		...placeholderLocator('A rate for this placeholder (sent as its user_id; not with a role or discipline)'),
		name: 'placeholder_id',
		required: false,
	},
	{
		...rmLocator('Role', 'role_id', 'searchRoles', 'A rate for the people of this role (not with a user or placeholder)'),
		required: false,
	},
	{
		displayName: 'Start Date',
		name: 'starts_at',
		type: 'dateTime',
		default: '',
		description:
			"First day the rate applies; a dated rate of a user wins over the user's undated rate for work starting in its window (sent as YYYY-MM-DD)",
	},
	{
		...userLocator('A rate for this person only (not with a role or discipline)'),
		name: 'user_id',
		required: false,
	},
];

/**
 * preSend: the target fields of a collection as IDs, checked before sending: one person at most
 * (a user or a placeholder), and no role or discipline with a person (RM's rule); the dates as
 * YYYY-MM-DD, the end not before the start.
 */
export function sendRateTarget(collection: string): PreSendAction[] {
	const target: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
		const body = bodyOf(options);
		const ids: Record<string, number> = {};
		const labels: Record<string, string> = {
			user_id: 'User',
			placeholder_id: 'Placeholder',
			role_id: 'Role',
			discipline_id: 'Discipline',
		};
		for (const [key, label] of Object.entries(labels)) {
			const param = `${collection}.${key}`;
			if (this.getNodeParameter(param, null) === null) continue;
			if (!idValue(this, param)) {
				throw inputError(this.getNode(), `'${label}' is empty`, `Pick the ${label.toLowerCase()} from the list or enter its ID, or remove the '${label}' field.`, this.getItemIndex());
			}
			ids[key] = integerId(this, param, label);
		}
		if (ids.user_id !== undefined && ids.placeholder_id !== undefined) {
			throw inputError(
				this.getNode(),
				"A bill rate cannot have both a 'User' and a 'Placeholder'",
				'A rate applies to one person: remove one of the two fields.',
				this.getItemIndex(),
			);
		}
		const person = ids.user_id !== undefined ? 'User' : ids.placeholder_id !== undefined ? 'Placeholder' : undefined;
		const group = ids.role_id !== undefined ? 'Role' : ids.discipline_id !== undefined ? 'Discipline' : undefined;
		if (person && group) {
			throw inputError(
				this.getNode(),
				`A bill rate for one person cannot also have a '${group}'`,
				`Resource Management does not allow a role or discipline on the rate of a user or placeholder: remove '${group}', or remove '${person}' to set the rate of everyone with that ${group.toLowerCase()}.`,
				this.getItemIndex(),
			);
		}
		const userId = ids.user_id ?? ids.placeholder_id;
		if (userId !== undefined) body.user_id = userId;
		if (ids.role_id !== undefined) body.role_id = ids.role_id;
		if (ids.discipline_id !== undefined) body.discipline_id = ids.discipline_id;
		return options;
	};
	return [
		target,
		sendDates({
			body: [
				{ param: `${collection}.starts_at`, label: 'Start Date' },
				{ param: `${collection}.ends_at`, label: 'End Date' },
			],
			order: ['starts_at', 'ends_at'],
		}),
	];
}

/** RM's words when it refuses account-level bill rates (list: the first, by ID: the second). */
const ACCOUNT_REFUSAL = /account level bill rates/i;

/**
 * The friendly error for RM's refusal of account-level rates (403 "account level bill rates" /
 * "accessing account level bill rates"); any other error is returned as it is.
 */
function accountRefusal(ctx: IExecutePaginationFunctions, error: unknown): unknown {
	if (!(error instanceof NodeApiError) || error.httpCode !== '403') return error;
	const response = error.errorResponse as JsonObject | undefined;
	if (!ACCOUNT_REFUSAL.test(String(response?.body ?? ''))) return error;
	return new NodeApiError(ctx.getNode(), response as JsonObject, {
		message: 'Resource Management does not let this token read or change account default bill rates (403)',
		description:
			"Resource Management refuses account-level bill rates to API tokens, even to a Resourcing Administrator's token. Use Scope 'Project' (or 'Phase') instead: every project starts with a copy of the account defaults and its rates can be read and changed here. Change the account defaults in the Resource Management app.",
		httpCode: '403',
		itemIndex: ctx.getItemIndex(),
	});
}

/** Runs a bill-rate request with the node's runner; RM's refusal of account-level rates in words. */
async function runBillRateRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	try {
		return await runRmRequest.call(this, requestData);
	} catch (error) {
		throw accountRefusal(this, error);
	}
}

/** Routing of every bill-rate operation: its request, run by runBillRateRequest. */
export function billRateRouting(routing: INodePropertyRouting): INodePropertyRouting {
	return { ...routing, operations: { pagination: runBillRateRequest } };
}
