import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/hooks';
import { leaveTypeLocator, userLocator } from '../../shared/locators';
import { assignmentTextFields, END_DATE, endDateField, START_DATE, startDateField } from '../assignment/fields';
import { allocationValueFields, bodyOf, idSegment, requireDates, sendIds, writeAllocation } from '../assignment/helpers';

const sendCoverage: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const coverage = this.getNodeParameter('coverage', 'full') as string;
	// Full days need nothing: RM's default allocation is 100 % of each day.
	if (coverage !== 'full') writeAllocation(this, bodyOf(options), coverage, '');
	return options;
};

export const createPlannedAbsence: OperationDef = {
	option: {
		name: 'Create Planned Absence',
		value: 'createPlanned',
		action: 'Create a planned absence',
		description: "Block days on a user's schedule with a leave type (an assignment on the leave type)",
		routing: {
			request: { method: 'POST', url: `=/users/${idSegment('userId')}/assignments` },
			send: {
				preSend: [
					requireIds([{ name: 'userId', label: 'User', kind: 'integer' }]),
					sendIds([{ name: 'leaveTypeId', label: 'Leave Type', key: 'assignable_id' }]),
					requireDates([START_DATE, END_DATE]),
					sendDates({ body: [START_DATE, END_DATE], order: ['starts_at', 'ends_at'] }),
					sendCoverage,
				],
			},
		},
	},
	fields: [
		userLocator('The person who is away'),
		leaveTypeLocator(),
		{ ...startDateField, description: 'First day of the absence (sent as YYYY-MM-DD in the workflow time zone)' },
		{ ...endDateField, description: 'Last day of the absence, the start day or later (sent as YYYY-MM-DD)' },
		{
			displayName: 'Day Coverage',
			name: 'coverage',
			type: 'options',
			default: 'full',
			description: 'Whether the person is away whole days or part of each day',
			options: [
				{ name: 'Full Days', value: 'full' },
				{ name: 'Hours per Day', value: 'hours_per_day', description: 'Away this many hours on each day' },
				{ name: 'Part of Each Day (Percent)', value: 'percent', description: 'Away this share of each day' },
			],
		},
		...allocationValueFields('coverage').filter((field) => field.name !== 'fixed_hours'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: assignmentTextFields.filter((field) => field.name !== 'status_option_id'),
		},
	],
};
