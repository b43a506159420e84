import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { collectionDates, sendDates } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { requireIds } from '../../../shared/idChecks';
import { bodyOf, requireChanges } from '../../../shared/inputChecks';
import { ALLOCATION_MODES, allocationUpdateFields, writeAllocation } from '../../shared/allocation';
import { assignmentTextFields } from '../../shared/assignmentFields';
import { assignmentLocator } from '../../shared/locators';
import { assignmentUrl, sendStatusOption, workStatusField } from './fields';

/** preSend: the one allocation value that was added decides `allocation_mode`. */
const sendAllocation: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const fields = this.getNodeParameter('updateFields', {}) as Record<string, unknown>;
	const given = ALLOCATION_MODES.filter(({ key }) => fields[key] !== undefined);
	if (given.length > 1) {
		throw inputError(
			this.getNode(),
			`Set only one of ${given.map(({ label }) => `'${label}'`).join(', ')}`,
			'An assignment has one allocation mode: percent of day, hours per day or fixed total hours.',
			this.getItemIndex(),
		);
	}
	if (given.length) writeAllocation(this, bodyOf(options), given[0].mode, 'updateFields.');
	return options;
};

/** Update Fields, sorted by name: the texts and status, the dates and one allocation value. */
const UPDATE_FIELDS: INodeProperties[] = [
	...assignmentTextFields,
	workStatusField,
	...allocationUpdateFields(),
	{
		displayName: 'End Date',
		name: 'ends_at',
		type: 'dateTime',
		default: '',
		description: 'New last day (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		displayName: 'Start Date',
		name: 'starts_at',
		type: 'dateTime',
		default: '',
		description: 'New first day (sent as YYYY-MM-DD in the workflow time zone)',
	},
];

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
						body: collectionDates('updateFields', { starts_at: 'Start Date', ends_at: 'End Date' }),
						order: ['starts_at', 'ends_at'],
					}),
					sendAllocation,
					sendStatusOption('updateFields'),
					requireChanges,
				],
			},
		},
	},
	fields: [assignmentLocator('The assignment to change'), updateFieldsCollection(UPDATE_FIELDS)],
};
