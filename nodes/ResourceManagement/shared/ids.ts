import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { checkId } from '../../shared/idChecks';
import { bodyOf } from '../../shared/inputChecks';

/** Checks an ID parameter and returns it as a number (RM IDs are integers in JSON bodies). */
export function integerId(ctx: IExecuteSingleFunctions, name: string, label: string): number {
	return Number(checkId(ctx, name, label, 'integer'));
}

/** preSend: validates integer ID parameters and writes them into the body as numbers under `key`. */
export function sendIds(ids: Array<{ name: string; label: string; key: string }>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = bodyOf(options);
		for (const id of ids) body[id.key] = integerId(this, id.name, id.label);
		return options;
	};
}
