import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
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
export function checkId(
	ctx: IExecuteSingleFunctions,
	name: string,
	label: string,
	kind: IdKind,
): string {
	const value = idValue(ctx, name);
	if (!value) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is empty`,
			`Enter the ${label}. ${ID_HINTS[kind]}`,
			ctx.getItemIndex(),
		);
	}
	if (!ID_CHECKS[kind](value)) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is not a valid ID: ${JSON.stringify(value)}`,
			ID_HINTS[kind],
			ctx.getItemIndex(),
		);
	}
	return value;
}

/** Reads a list of IDs (array, or text separated by commas, semicolons or spaces) and checks each. */
export function idList(
	ctx: IExecuteSingleFunctions,
	parameter: string,
	label: string,
	kind: IdKind,
): string[] {
	const raw = ctx.getNodeParameter(parameter, '') as unknown;
	const list = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[,;\s]+/))
		.map((id) => id.trim())
		.filter(Boolean);
	const bad = list.find((id) => !ID_CHECKS[kind](id));
	if (bad !== undefined) {
		throw inputError(
			ctx.getNode(),
			`'${label}' contains an invalid ID: ${JSON.stringify(bad)}`,
			`${ID_HINTS[kind]} Separate several IDs with commas.`,
			ctx.getItemIndex(),
		);
	}
	return list;
}

/** preSend: validates the listed ID parameters before the request is sent. */
export function requireIds(
	ids: Array<{ name: string; label: string; kind: IdKind }>,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		for (const id of ids) checkId(this, id.name, id.label, id.kind);
		return options;
	};
}
