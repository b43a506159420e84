import type { OperationDef } from '../../../shared/descriptions';
import {
	allocationModeField,
	allocationValueFields,
	sendAllocation,
} from '../../shared/allocation';
import { assignableFields, sendAssignable } from '../../shared/assignables';
import {
	assignmentTextFields,
	endDateField,
	sendDateRange,
	startDateField,
} from '../../shared/assignmentFields';
import {
	assigneeFields,
	sendAssignee,
	sendStatusOption,
	sendSubtasks,
	subtasksField,
	workStatusField,
} from './fields';

export const createAssignment: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an assignment',
		description:
			'Schedule a user or placeholder on a project, phase or leave type for a date range',
		routing: {
			request: { method: 'POST', url: '/assignments' },
			send: {
				preSend: [
					sendAssignee,
					sendAssignable,
					...sendDateRange,
					sendAllocation('allocation_mode', 'percent'),
					sendStatusOption('additionalFields'),
					sendSubtasks,
				],
			},
		},
	},
	fields: [
		...assigneeFields,
		...assignableFields('Assign On', 'What the time is scheduled on'),
		startDateField,
		endDateField,
		allocationModeField,
		...allocationValueFields('allocation_mode'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...assignmentTextFields, workStatusField, subtasksField],
		},
	],
};
