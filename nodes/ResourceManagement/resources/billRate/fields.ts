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
import { integerId } from '../../shared/ids';
import { phaseLocator, projectLocator } from '../../shared/locators';
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
	description:
		'ID of the bill rate (from Get Many, or mapped from the ID field of an earlier node)',
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
	routing: {
		send: { type: 'query', property: 'rebuild_assignments', value: '={{ $value || undefined }}' },
	},
};

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
		message:
			'Resource Management does not let this token read or change account default bill rates (403)',
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
