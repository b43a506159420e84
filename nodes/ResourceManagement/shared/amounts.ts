import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import { inputError } from '../../shared/errors';
import { bodyOf } from '../../shared/inputChecks';

/*
 * Money and hour amounts of bill rates, budget items and expense items: numbers the form may
 * receive as text from an expression. An amount that is no number would reach RM as a string.
 */

export interface AmountRule {
	label: string;
	/** Required fields fail when empty; optional ones (collections) are skipped. */
	required?: boolean;
	/** Smallest accepted value (bill rates and budgets cannot be negative). */
	min?: number;
}

/** Reads an amount parameter as a finite number; undefined when optional and empty. */
export function amountParameter(
	ctx: IExecuteSingleFunctions,
	name: string,
	rule: AmountRule,
): number | undefined {
	const raw = ctx.getNodeParameter(name, null) as unknown;
	const empty = raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim());
	if (empty) {
		if (!rule.required) return undefined;
		throw inputError(
			ctx.getNode(),
			`'${rule.label}' is empty`,
			`Enter a number for '${rule.label}', for example 150 or 99.5.`,
			ctx.getItemIndex(),
		);
	}
	const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(value)) {
		throw inputError(
			ctx.getNode(),
			`'${rule.label}' is not a number: ${JSON.stringify(raw)}`,
			`Enter a number for '${rule.label}', for example 150 or 99.5 (a dot before the decimals).`,
			ctx.getItemIndex(),
		);
	}
	if (rule.min !== undefined && value < rule.min) {
		throw inputError(
			ctx.getNode(),
			`'${rule.label}' must be ${rule.min} or more: ${JSON.stringify(raw)}`,
			`Enter a number of ${rule.min} or more for '${rule.label}'.`,
			ctx.getItemIndex(),
		);
	}
	return value;
}

/** preSend: the amount parameter `param`, checked, as body key `key` (skipped when optional and empty). */
export function sendAmount(param: string, key: string, rule: AmountRule): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const value = amountParameter(this, param, rule);
		if (value !== undefined) bodyOf(options)[key] = value;
		return options;
	};
}
