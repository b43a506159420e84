import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { inputError } from './errors';

/**
 * Kinds of identifier the two services use: smenso GUIDs (users may also be given by e-mail),
 * RM integers, IDs whose format the spec leaves open (`guidOrInteger`), and opaque `text`.
 */
export type IdKind = 'guid' | 'integer' | 'guidOrEmail' | 'guidOrInteger' | 'text';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^[1-9]\d{0,15}$/;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

const ID_CHECKS: Record<IdKind, (value: string) => boolean> = {
	guid: (value) => GUID.test(value),
	integer: (value) => INTEGER.test(value),
	guidOrEmail: (value) => GUID.test(value) || EMAIL.test(value),
	guidOrInteger: (value) => GUID.test(value) || INTEGER.test(value),
	// Opaque IDs still may not smuggle path segments into the URL.
	text: (value) => !/[/\\?#]/.test(value),
};

const PICK = 'pick the record from the list or map the "id" field of an earlier node.';
const ID_HINTS: Record<IdKind, string> = {
	guid: `It must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301: ${PICK}`,
	integer: `It must be a whole number such as 821065: ${PICK}`,
	guidOrEmail: `It must be a user GUID or an e-mail address such as jane.doe@example.com: ${PICK}`,
	guidOrInteger: `It must be a GUID or a whole number: ${PICK}`,
	text: `It must be the ID as the service shows it, without slashes: ${PICK}`,
};

/** Whether a value (already trimmed) has the form of an ID of this kind. */
export function isValidId(value: string, kind: IdKind): boolean {
	return ID_CHECKS[kind](value);
}

/** Reads a plain or resource-locator parameter as a trimmed string. */
export function idValue(ctx: IExecuteSingleFunctions, name: string): string {
	const value = ctx.getNodeParameter(name, '', { extractValue: true }) as unknown;
	return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * Checks an identifier parameter before any request: empty or malformed IDs would otherwise
 * reach the API as a wrong URL (`/projects/` lists everything, `/projects/abc` is a 404).
 */
export function checkId(ctx: IExecuteSingleFunctions, name: string, label: string, kind: IdKind): string {
	const value = idValue(ctx, name);
	if (!value) {
		throw inputError(ctx.getNode(), `'${label}' is empty`, `Enter the ${label}. ${ID_HINTS[kind]}`, ctx.getItemIndex());
	}
	if (!ID_CHECKS[kind](value)) {
		throw inputError(ctx.getNode(), `'${label}' is not a valid ID: ${JSON.stringify(value)}`, ID_HINTS[kind], ctx.getItemIndex());
	}
	return value;
}

/** Reads a list of IDs (array, or text separated by commas, semicolons or spaces) and checks each. */
export function idList(ctx: IExecuteSingleFunctions, parameter: string, label: string, kind: IdKind): string[] {
	const raw = ctx.getNodeParameter(parameter, '') as unknown;
	const list = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[,;\s]+/))
		.map((id) => id.trim())
		.filter(Boolean);
	const bad = list.find((id) => !ID_CHECKS[kind](id));
	if (bad !== undefined) {
		throw inputError(ctx.getNode(), `'${label}' contains an invalid ID: ${JSON.stringify(bad)}`, `${ID_HINTS[kind]} Separate several IDs with commas.`, ctx.getItemIndex());
	}
	return list;
}

/** preSend: validates the listed ID parameters before the request is sent. */
export function requireIds(ids: Array<{ name: string; label: string; kind: IdKind }>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		for (const id of ids) checkId(this, id.name, id.label, id.kind);
		return options;
	};
}

/** The body of a request as an object that preSend steps may add keys to. */
export function bodyOf(options: IHttpRequestOptions): IDataObject {
	const body = options.body && typeof options.body === 'object' ? (options.body as IDataObject) : {};
	options.body = body;
	return body;
}

/** preSend for updates: an empty body would change nothing, so say so before sending it. */
export const requireChanges: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	if (Object.keys(bodyOf(options)).length === 0) {
		throw inputError(
			this.getNode(),
			'No fields to update',
			"Add at least one field under 'Update Fields'.",
			this.getItemIndex(),
		);
	}
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

/**
 * postReceive: a delete answers `{ deleted: true }`, as n8n's guidelines ask. A 202 that was
 * not waited for (smenso ticket) is passed through: nothing is deleted yet.
 */
export const deletedResult: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response?.statusCode === 202) return items;
	return [{ json: { deleted: true } }];
};

/** postReceive: keeps only the listed keys when the node's Simplify toggle is on. */
export function simplify(keys: string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		if (!(this.getNodeParameter('simplify', false) as boolean)) return items;
		return items.map((item) => {
			const json: IDataObject = {};
			for (const key of keys) if (key in item.json) json[key] = item.json[key];
			return { ...item, json };
		});
	};
}

/** postReceive: turns the response body into a binary file in the `data` property. */
export function binaryFile(fileName: (ctx: IExecuteSingleFunctions) => string, mimeType: string): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body as unknown;
		const buffer = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
		const binary = await this.helpers.prepareBinaryData(buffer, fileName(this), mimeType);
		return [{ json: { fileName: binary.fileName, mimeType, fileSize: buffer.length }, binary: { data: binary } }];
	};
}
