import { DateTime } from 'luxon';
import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { inputError } from './errors';

/**
 * Reads what a user can put in a date field: the value of n8n's date picker
 * (`2025-10-01T00:00:00`, read in the workflow's timezone), an ISO string with an offset,
 * a plain date (`2025-10-01`, `01.10.2025`), epoch milliseconds, a JS Date or a luxon DateTime
 * from an expression. Returns undefined when the text is not a real date.
 */
export function parseDate(value: unknown, zone: string): DateTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (DateTime.isDateTime(value)) return value.isValid ? value.setZone(zone) : undefined;
	if (value instanceof Date) {
		const parsed = DateTime.fromJSDate(value, { zone });
		return parsed.isValid ? parsed : undefined;
	}
	if (typeof value === 'number') {
		const parsed = DateTime.fromMillis(value, { zone });
		return parsed.isValid ? parsed : undefined;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const candidates = [
		DateTime.fromISO(text, { zone, setZone: false }),
		DateTime.fromFormat(text, 'dd.MM.yyyy', { zone }),
		DateTime.fromFormat(text, 'd.M.yyyy', { zone }),
		DateTime.fromSQL(text, { zone }),
	];
	const parsed = candidates.find((candidate) => candidate.isValid);
	return parsed ? parsed.setZone(zone) : undefined;
}

/** A user-facing hint that lists the accepted forms. */
const DATE_HINT =
	'Pick a date in the date picker or enter one such as 2025-10-01 or 01.10.2025; expressions may return an ISO string, a JS Date or a luxon DateTime.';

/**
 * Reads a date parameter and returns it as `yyyy-MM-dd` in the workflow's timezone, the form
 * both services accept. Empty → undefined. Anything else → a NodeOperationError naming the field.
 */
export function dateParameter(
	ctx: IExecuteSingleFunctions,
	parameter: string,
	label: string,
): string | undefined {
	const raw = ctx.getNodeParameter(parameter, '') as unknown;
	if (raw === '' || raw === undefined || raw === null) return undefined;
	const parsed = parseDate(raw, ctx.getTimezone());
	if (!parsed) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is not a valid date: ${JSON.stringify(raw)}`,
			DATE_HINT,
			ctx.getItemIndex(),
		);
	}
	return parsed.toFormat('yyyy-MM-dd');
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

/** Throws when an end date lies before its start date (both `yyyy-MM-dd`). */
export function assertDateOrder(
	ctx: IExecuteSingleFunctions,
	start: string | undefined,
	end: string | undefined,
	startLabel: string,
	endLabel: string,
): void {
	if (start && end && end < start) {
		throw inputError(
			ctx.getNode(),
			`'${endLabel}' (${end}) is before '${startLabel}' (${start})`,
			`Set '${endLabel}' to the same day as '${startLabel}' or later.`,
			ctx.getItemIndex(),
		);
	}
}

export interface DateField {
	/** Parameter path, e.g. `startDate` or `additionalFields.endDate`. */
	param: string;
	label: string;
	/** Key to write; defaults to the last segment of `param`. */
	key?: string;
}

/**
 * The date fields of a collection, by parameter name and label, for applyDates and sendDates;
 * `collection` is the collection's parameter name, or '' for top-level parameters. Every
 * resource's `<resource>Dates(collection)` in both services is built with it.
 */
export function collectionDates(collection: string, labels: Record<string, string>): DateField[] {
	return Object.entries(labels).map(([name, label]) => ({
		param: collection ? `${collection}.${name}` : name,
		label,
	}));
}

/**
 * Converts the date parameters that are set and writes them into `target` (a body or a query)
 * as yyyy-MM-dd; with `order` = [startKey, endKey] also checks that the end is not before the start.
 */
export function applyDates(
	ctx: IExecuteSingleFunctions,
	target: Record<string, unknown>,
	dates: DateField[],
	order?: [string, string],
): void {
	const labels: Record<string, string> = {};
	for (const date of dates) {
		const key = date.key ?? date.param.split('.').pop()!;
		labels[key] = date.label;
		const value = dateParameter(ctx, date.param, date.label);
		if (value !== undefined) target[key] = value;
	}
	if (order) {
		const [start, end] = order;
		assertDateOrder(
			ctx,
			target[start] as string,
			target[end] as string,
			labels[start] ?? start,
			labels[end] ?? end,
		);
	}
}

/** preSend: converts date parameters into the body and/or the query (see applyDates). */
export function sendDates(spec: {
	body?: DateField[];
	query?: DateField[];
	order?: [string, string];
}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (spec.body?.length) {
			const body = { ...((options.body as Record<string, unknown>) ?? {}) };
			applyDates(this, body, spec.body, spec.order);
			options.body = body;
		}
		if (spec.query?.length) {
			const qs = { ...((options.qs as Record<string, unknown>) ?? {}) };
			applyDates(this, qs, spec.query, spec.body?.length ? undefined : spec.order);
			options.qs = qs as IHttpRequestOptions['qs'];
		}
		return options;
	};
}
