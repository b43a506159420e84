import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	PreSendAction,
} from 'n8n-workflow';
import { inputError } from './errors';

/** The body of a request as an object that preSend steps may add keys to. */
export function bodyOf(options: IHttpRequestOptions): IDataObject {
	const body =
		options.body && typeof options.body === 'object' ? (options.body as IDataObject) : {};
	options.body = body;
	return body;
}

function noFieldsToUpdate(ctx: IExecuteSingleFunctions): Error {
	return inputError(
		ctx.getNode(),
		'No fields to update',
		"Add at least one field under 'Update Fields'.",
		ctx.getItemIndex(),
	);
}

/** preSend for updates: an empty body would change nothing, so say so before sending it. */
export const requireChanges: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	if (Object.keys(bodyOf(options)).length === 0) throw noFieldsToUpdate(this);
	return options;
};

/**
 * preSend for updates whose body also carries the record's ID (so it is never empty): fails
 * when no field was added under Update Fields.
 */
export const requireUpdateFields: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const fields = this.getNodeParameter('updateFields', {}) as object;
	if (Object.keys(fields).length === 0) throw noFieldsToUpdate(this);
	return options;
};

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

/** Parses a JSON parameter (string or object) or fails naming the field. */
export function jsonParameter(ctx: IExecuteSingleFunctions, name: string, label: string): unknown {
	const raw = ctx.getNodeParameter(name, '') as unknown;
	if (raw === '' || raw === undefined || raw === null) return undefined;
	if (typeof raw !== 'string') return raw;
	try {
		return JSON.parse(raw);
	} catch (error) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is not valid JSON`,
			`Fix the JSON in '${label}' (${(error as Error).message}). Use double quotes around keys and strings.`,
			ctx.getItemIndex(),
		);
	}
}
