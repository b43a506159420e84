import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { requireIds } from '../../../shared/hooks';
import { assignmentLocator } from '../../shared/locators';
import { assignmentTextFields, assignmentUrl, sendStatusOption } from './fields';
import { bodyOf, requireChanges, writeAllocation } from './helpers';

const ALLOCATIONS: Array<[string, string]> = [
	['percent', 'Percent of Day'],
	['hours_per_day', 'Hours per Day'],
	['fixed_hours', 'Total Hours'],
];

/** preSend: the one allocation value that was added decides `allocation_mode`. */
const sendAllocation: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const fields = this.getNodeParameter('updateFields', {}) as Record<string, unknown>;
	const given = ALLOCATIONS.filter(([key]) => fields[key] !== undefined);
	if (given.length > 1) {
		throw inputError(
			this.getNode(),
			`Set only one of ${given.map(([, label]) => `'${label}'`).join(', ')}`,
			'An assignment has one allocation mode: percent of day, hours per day or fixed total hours.',
			this.getItemIndex(),
		);
	}
	if (given.length) {
		const mode = given[0][0] === 'fixed_hours' ? 'fixed' : given[0][0];
		writeAllocation(this, bodyOf(options), mode, 'updateFields.');
	}
	return options;
};

/** Update Fields, sorted by name: the texts and status, the dates and one allocation value. */
const UPDATE_FIELDS = (
	[
		...assignmentTextFields,
		{
			displayName: 'End Date',
			name: 'ends_at',
			type: 'dateTime',
			default: '',
			description: 'New last day (sent as YYYY-MM-DD in the workflow time zone)',
		},
		{
			displayName: 'Hours per Day',
			name: 'hours_per_day',
			type: 'number',
			default: 8,
			typeOptions: { minValue: 0, maxValue: 24, numberPrecision: 2 },
			description: 'Switch to hours per day and plan this many hours on each working day',
		},
		{
			displayName: 'Percent of Day',
			name: 'percent',
			type: 'number',
			default: 100,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: 'Switch to percent of day: 50 means half days. Sent as a fraction (50 → 0.5).',
		},
		{
			displayName: 'Start Date',
			name: 'starts_at',
			type: 'dateTime',
			default: '',
			description: 'New first day (sent as YYYY-MM-DD in the workflow time zone)',
		},
		{
			displayName: 'Total Hours',
			name: 'fixed_hours',
			type: 'number',
			default: 8,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: 'Switch to a fixed total and plan this many hours in all',
		},
	] as INodeProperties[]
).sort((a, b) => a.displayName.localeCompare(b.displayName));

export const updateAssignment: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an assignment',
		description: 'Change the dates, allocation, status or texts of an assignment',
		routing: {
			request: { method: 'PUT', url: assignmentUrl },
			send: {
				preSend: [
					requireIds([{ name: 'assignmentId', label: 'Assignment', kind: 'integer' }]),
					sendDates({
						body: [
							{ param: 'updateFields.starts_at', label: 'Start Date' },
							{ param: 'updateFields.ends_at', label: 'End Date' },
						],
						order: ['starts_at', 'ends_at'],
					}),
					sendAllocation,
					sendStatusOption('updateFields'),
					requireChanges,
				],
			},
		},
	},
	fields: [
		assignmentLocator('The assignment to change'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: UPDATE_FIELDS,
		},
	],
};
