import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type INode,
	type JsonObject,
} from 'n8n-workflow';

/** What the user reads: `message` says what happened, `description` how to fix it. */
export interface ErrorText {
	message: string;
	description: string;
}

/** A service's way of turning an HTTP failure into words. */
export type DescribeFailure = (status: number, body: unknown) => ErrorText;

/** Replaces every occurrence of a secret so it can never reach output, errors or logs. */
export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (secret && secret.length >= 4) out = out.split(secret).join('***');
	}
	return out;
}

/** Shortens a response body to something worth showing in an error. */
export function bodyText(body: unknown, max = 500): string {
	if (body === undefined || body === null || body === '') return '';
	if (typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length === 0)
		return '';
	let text: string;
	if (Buffer.isBuffer(body)) text = body.toString('utf8');
	else if (typeof body === 'string') text = body;
	else text = JSON.stringify(body);
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Collects the human-readable messages from the error bodies both services send:
 * `{message}`, `{message, errors: [...]}` (RM), ASP.NET `{title, errors: {field: [..]}}` and
 * ticket-style `{messages: [{text}]}` (smenso).
 */
export function messagesFromBody(body: unknown): string[] {
	if (Buffer.isBuffer(body)) body = parseText(body.toString('utf8'));
	if (typeof body === 'string') {
		const parsed = parseText(body);
		if (typeof parsed !== 'string') return messagesFromBody(parsed);
		return body.trim() ? [body.trim().slice(0, 300)] : [];
	}
	if (!body || typeof body !== 'object') return [];
	const data = body as IDataObject;
	const out: string[] = [];
	const push = (value: unknown, prefix = '') => {
		if (typeof value === 'string' && value.trim()) out.push(prefix + value.trim());
		else if (value && typeof value === 'object' && !Array.isArray(value)) {
			const text = (value as IDataObject).text ?? (value as IDataObject).message;
			if (typeof text === 'string') out.push(prefix + text);
		}
	};
	for (const key of ['message', 'Message', 'title', 'error', 'detail']) push(data[key]);
	for (const key of ['errors', 'messages', 'Errors']) {
		const value = data[key];
		if (Array.isArray(value)) value.forEach((entry) => push(entry));
		else if (value && typeof value === 'object') {
			for (const [field, list] of Object.entries(value as IDataObject)) {
				(Array.isArray(list) ? list : [list]).forEach((entry) => push(entry, `${field}: `));
			}
		}
	}
	return [...new Set(out)];
}

/** JSON text as an object (error bodies of binary downloads arrive as text), else the text. */
function parseText(text: string): unknown {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
	try {
		return JSON.parse(trimmed);
	} catch {
		return text;
	}
}

/** Builds the NodeApiError for an HTTP failure. The raw body is kept for the details pane. */
export function httpError(
	node: INode,
	status: number,
	body: unknown,
	text: ErrorText,
	itemIndex: number,
	secrets: string[],
): NodeApiError {
	const safe = (value: string) => redact(value, secrets);
	const raw = safe(bodyText(body, 2000));
	return new NodeApiError(node, { httpCode: String(status), body: raw } as JsonObject, {
		message: safe(text.message),
		description: safe(text.description),
		httpCode: String(status),
		itemIndex,
	});
}

/** An error the node detects itself, before any request is sent. */
export function inputError(
	node: INode,
	message: string,
	description: string,
	itemIndex: number,
): NodeOperationError {
	return new NodeOperationError(node, message, { description, itemIndex });
}
