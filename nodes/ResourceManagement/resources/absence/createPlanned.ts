import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { allocationValueFields, sendAllocation } from '../../shared/allocation';
import {
	assignmentTextFields,
	endDateField,
	sendDateRange,
	startDateField,
} from '../../shared/assignmentFields';
import { sendIds } from '../../shared/ids';
import { leaveTypeLocator, userLocator } from '../../shared/locators';

export const createPlannedAbsence: OperationDef = {
	option: {
		name: 'Create Planned Absence',
		value: 'createPlanned',
		action: 'Create a planned absence',
		description:
			"Block days on a user's schedule with a leave type (an assignment on the leave type)",
		routing: {
			request: { method: 'POST', url: `=/users/${urlId('userId')}/assignments` },
			send: {
				preSend: [
					requireIds([{ name: 'userId', label: 'User', kind: 'integer' }]),
					sendIds([{ name: 'leaveTypeId', label: 'Leave Type', key: 'assignable_id' }]),
					...sendDateRange,
					// Full days send nothing: RM's default allocation is 100 % of each day.
					sendAllocation('coverage', 'full'),
				],
			},
		},
	},
	fields: [
		userLocator('The person who is away'),
		leaveTypeLocator(),
		{
			...startDateField,
			description: 'First day of the absence (sent as YYYY-MM-DD in the workflow time zone)',
		},
		{
			...endDateField,
			description: 'Last day of the absence, the start day or later (sent as YYYY-MM-DD)',
		},
		{
			displayName: 'Day Coverage',
			name: 'coverage',
			type: 'options',
			default: 'full',
			description: 'Whether the person is away whole days or part of each day',
			options: [
				{ name: 'Full Days', value: 'full' },
				{
					name: 'Hours per Day',
					value: 'hours_per_day',
					description: 'Away this many hours on each day',
				},
				{
					name: 'Part of Each Day (Percent)',
					value: 'percent',
					description: 'Away this share of each day',
				},
			],
		},
		...allocationValueFields('coverage').filter((field) => field.name !== 'fixed_hours'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: assignmentTextFields,
		},
	],
};
