import type { IDataObject, IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { checkId } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { rmLocator, userLocator } from '../../shared/locators';
import { leaveTypeNames, rmGet } from '../../shared/requests';

/**
 * preSend: checks the IDs, then that the assignment really is an absence (on a leave type):
 * deleting a work assignment by mistake from here would silently drop planned project time.
 */
const checkIsAbsence: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const user = checkId(this, 'userId', 'User', 'integer');
	const id = checkId(this, 'assignmentId', 'Planned Absence', 'integer');
	const { body } = await rmGet(this, {
		baseURL: options.baseURL,
		url: `/users/${user}/assignments/${id}`,
	});
	const assignment = (body ?? {}) as IDataObject;
	const names = await leaveTypeNames(this, options.baseURL);
	if (!names.has(Number(assignment.assignable_id))) {
		throw inputError(
			this.getNode(),
			`Assignment ${id} is not an absence`,
			`It is scheduled on project or phase ${String(assignment.assignable_id)}, not on a leave type. Use Assignment → Delete to remove work from the schedule.`,
			this.getItemIndex(),
		);
	}
	return options;
};

export const deletePlannedAbsence: OperationDef = {
	option: {
		name: 'Delete Planned Absence',
		value: 'deletePlanned',
		action: 'Delete a planned absence',
		description:
			"Remove a planned absence from a user's schedule (only assignments on leave types)",
		routing: {
			request: {
				method: 'DELETE',
				url: `=/users/${urlId('userId')}/assignments/${urlId('assignmentId')}`,
			},
			send: { preSend: [checkIsAbsence] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		userLocator('The person the absence belongs to'),
		rmLocator(
			'Planned Absence',
			'assignmentId',
			'searchAssignments',
			'The planned absence: the ID of a planned absence from Get Many, or one of the assignments of the selected user',
		),
	],
};
