import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import {
	assigneeFields,
	assignmentTextFields,
	END_DATE,
	endDateField,
	sendAssignee,
	sendStatusOption,
	sendSubtasks,
	START_DATE,
	startDateField,
	subtasksField,
} from './fields';
import {
	allocationModeField,
	allocationValueFields,
	assignableFields,
	bodyOf,
	requireDates,
	sendAssignable,
	writeAllocation,
} from './helpers';

const sendAllocation: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	writeAllocation(this, bodyOf(options), this.getNodeParameter('allocation_mode', 'percent') as string, '');
	return options;
};

export const createAssignment: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an assignment',
		description: 'Schedule a user or placeholder on a project, phase or leave type for a date range',
		routing: {
			request: { method: 'POST', url: '/assignments' },
			send: {
				preSend: [
					sendAssignee,
					sendAssignable,
					requireDates([START_DATE, END_DATE]),
					sendDates({ body: [START_DATE, END_DATE], order: ['starts_at', 'ends_at'] }),
					sendAllocation,
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
			options: [...assignmentTextFields, subtasksField],
		},
	],
};
