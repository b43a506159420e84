import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { inputError } from '../../shared/errors';
import { bodyOf, positiveNumber } from '../../shared/inputChecks';

/*
 * Allocation: how much of each day (or how many hours in all) an assignment takes. Used by
 * assignments and planned absences.
 */

interface AllocationMode {
	/** The API's `allocation_mode`. */
	mode: string;
	/** The body key of its value, also the name of its field. */
	key: string;
	label: string;
	default: number;
	max?: number;
	/** Field descriptions on Create and on Update (where adding the field switches the mode). */
	description: string;
	switchDescription: string;
}

export const ALLOCATION_MODES: AllocationMode[] = [
	{
		mode: 'percent',
		key: 'percent',
		label: 'Percent of Day',
		default: 100,
		description:
			'Share of each working day in percent: enter 50 for half days, 100 for full days. The node sends it to Resource Management as a fraction (50 → 0.5).',
		switchDescription:
			'Switch to percent of day: 50 means half days. Sent as a fraction (50 → 0.5).',
	},
	{
		mode: 'hours_per_day',
		key: 'hours_per_day',
		label: 'Hours per Day',
		default: 8,
		max: 24,
		description: 'Hours planned on each working day (more than 0, at most 24)',
		switchDescription: 'Switch to hours per day and plan this many hours on each working day',
	},
	{
		mode: 'fixed',
		key: 'fixed_hours',
		label: 'Total Hours',
		default: 8,
		description: 'Hours planned in all, spread over the working days between the dates',
		switchDescription: 'Switch to a fixed total and plan this many hours in all',
	},
];

/** The number field of a mode's value. */
function valueField(
	{ label, key, default: initial, max }: AllocationMode,
	description: string,
): INodeProperties {
	return {
		displayName: label,
		name: key,
		type: 'number',
		default: initial,
		typeOptions: {
			minValue: 0,
			...(max !== undefined ? { maxValue: max } : {}),
			numberPrecision: 2,
		},
		description,
	};
}

/**
 * Writes `allocation_mode` and its value (read from `${prefix}${key}`); `percent` is entered as
 * 0–100 and sent as a fraction. Any other mode (e.g. full days) writes nothing.
 */
export function writeAllocation(
	ctx: IExecuteSingleFunctions,
	body: IDataObject,
	mode: string,
	prefix: string,
): void {
	const spec = ALLOCATION_MODES.find((candidate) => candidate.mode === mode);
	if (!spec) return;
	const value = positiveNumber(ctx, `${prefix}${spec.key}`, spec.label, spec.max);
	if (value === undefined) {
		throw inputError(
			ctx.getNode(),
			`'${spec.label}' is empty`,
			`Enter a number greater than 0 for '${spec.label}'.`,
			ctx.getItemIndex(),
		);
	}
	body.allocation_mode = spec.mode;
	body[spec.key] = spec.mode === 'percent' ? Math.round(value * 100) / 10000 : value;
}

/** preSend: the allocation of the mode chosen in `modeField` (see writeAllocation). */
export function sendAllocation(modeField: string, defaultMode: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		writeAllocation(
			this,
			bodyOf(options),
			this.getNodeParameter(modeField, defaultMode) as string,
			'',
		);
		return options;
	};
}

export const allocationModeField: INodeProperties = {
	displayName: 'Allocation',
	name: 'allocation_mode',
	type: 'options',
	default: 'percent',
	description: 'How the time is planned',
	options: [
		{
			name: 'Fixed Total Hours',
			value: 'fixed',
			description: 'A total number of hours spread over the dates',
		},
		{
			name: 'Hours per Day',
			value: 'hours_per_day',
			description: 'The same number of hours on each working day',
		},
		{ name: 'Percent of Day', value: 'percent', description: 'A share of each working day' },
	],
};

/** The value fields of each allocation mode, shown for the mode selected in `modeField`. */
export function allocationValueFields(modeField: string): INodeProperties[] {
	return ALLOCATION_MODES.map((spec) => ({
		...valueField(spec, spec.description),
		displayOptions: { show: { [modeField]: [spec.mode] } },
	}));
}

/** The value fields as Update Fields: the one that is added decides the new mode. */
export const allocationUpdateFields = (): INodeProperties[] =>
	ALLOCATION_MODES.map((spec) => valueField(spec, spec.switchDescription));
