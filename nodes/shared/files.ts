import type { IDataObject } from 'n8n-workflow';

/**
 * Reading downloaded files: the file name a server gives in `Content-Disposition` and the media
 * type in `Content-Type`. Servers spell the name in several ways (RFC 6266):
 * - `filename*=UTF-8''%C3%9Cbersicht%20M%C3%A4rz.txt` (RFC 5987, wins over `filename`),
 * - `filename="Übersicht März.txt"` / `filename=report.pdf` (quoted or bare),
 * - `filename="=?utf-8?B?w5xiZXJzaWNodA==?="` (RFC 2047 encoded word, .NET Framework style),
 * - raw UTF-8 bytes in `filename`, which arrive as Latin-1 text.
 */

/** A response header, whatever its case; the first value when it was sent twice. */
export function headerValue(headers: unknown, name: string): string | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers as IDataObject)) {
		if (key.toLowerCase() !== wanted) continue;
		const first = Array.isArray(value) ? value[0] : value;
		return first === undefined || first === null ? undefined : String(first);
	}
	return undefined;
}

/** The media type of a `Content-Type` header without its parameters (`text/plain`), lower case. */
export function mediaType(contentType: string | undefined): string | undefined {
	const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
	return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : undefined;
}

/** Whether a media type is JSON (`application/json`, `application/problem+json`, …). */
export function isJsonType(type: string | undefined): boolean {
	return !!type && /^application\/([\w.-]+\+)?json$/.test(type);
}

/** The parameters of a header such as `attachment; filename="a;b.txt"; size=3`, names in lower case. */
function headerParameters(header: string): Record<string, string> {
	const out: Record<string, string> = {};
	const pattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
	for (const match of header.matchAll(pattern)) {
		const name = match[1].toLowerCase();
		const raw = match[2].trim();
		const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
		if (!(name in out)) out[name] = value;
	}
	return out;
}

/** Percent-decoded bytes of an RFC 5987 value. */
function percentBytes(text: string): Buffer | undefined {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '%') {
			const hex = text.slice(i + 1, i + 3);
			if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined;
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			const code = text.charCodeAt(i);
			if (code > 0x7f) return undefined;
			bytes.push(code);
		}
	}
	return Buffer.from(bytes);
}

/** Bytes as text in a charset a header can name (UTF-8 or Latin-1); undefined for others or broken UTF-8. */
function decodeCharset(bytes: Buffer, charset: string): string | undefined {
	const name = charset.trim().toLowerCase();
	if (name === 'utf-8' || name === 'utf8') {
		const text = bytes.toString('utf8');
		return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
	}
	if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii')
		return bytes.toString('latin1');
	return undefined;
}

/** `charset'language'percent-encoded` (RFC 5987). */
function extendedValue(value: string): string | undefined {
	const match = /^([^']*)'[^']*'(.*)$/.exec(value);
	if (!match) return undefined;
	const bytes = percentBytes(match[2]);
	return bytes ? decodeCharset(bytes, match[1] || 'utf-8') : undefined;
}

/** `=?charset?B|Q?text?=` words (RFC 2047) decoded; other text kept. */
function encodedWords(value: string): string {
	return value.replace(
		/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi,
		(word, charset: string, kind: string, text: string) => {
			const bytes =
				kind.toLowerCase() === 'b'
					? Buffer.from(text, 'base64')
					: percentBytes(
							text
								.replace(/%/g, '%25')
								.replace(/_/g, ' ')
								.replace(/=([0-9a-f]{2})/gi, '%$1'),
						);
			return (bytes && decodeCharset(bytes, charset)) ?? word;
		},
	);
}

/** Text whose characters are the bytes of UTF-8 (raw UTF-8 in a header, read as Latin-1) as that UTF-8. */
function repairedUtf8(value: string): string {
	const codes = [...value].map((char) => char.charCodeAt(0));
	if (!codes.some((code) => code >= 0x80) || codes.some((code) => code > 0xff)) return value;
	return decodeCharset(Buffer.from(value, 'latin1'), 'utf-8') ?? value;
}

/** A name safe to save: no folders, no control characters. */
function plainName(name: string): string | undefined {
	const base = name.split(/[/\\]/).pop() ?? '';
	const clean = [...base]
		.filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
		.join('')
		.trim();
	return clean && clean !== '.' && clean !== '..' ? clean : undefined;
}

/** The file name of a `Content-Disposition` header, or undefined when it names none. */
export function fileNameFromDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const parameters = headerParameters(`;${header}`);
	const extended =
		parameters['filename*'] !== undefined ? extendedValue(parameters['filename*']) : undefined;
	if (extended !== undefined) {
		const name = plainName(extended);
		if (name) return name;
	}
	const plain = parameters.filename;
	return plain === undefined ? undefined : plainName(repairedUtf8(encodedWords(plain)));
}
