import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { assignmentLocator, placeholderLocator, userLocator } from '../../shared/locators';
import { checkChosenParent, chosenParentPath } from '../../shared/parents';

// RM documents deletes only on the nested routes (DELETE /assignments/{id} is not documented).
const url = `={{ ${chosenParentPath('assignTo', ['placeholder'], 'user')} }}/assignments/${urlId('assignmentId')}`;

export const deleteAssignment: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an assignment',
		description: 'Remove an assignment from the schedule of its user or placeholder',
		routing: {
			request: { method: 'DELETE', url },
			send: {
				preSend: [
					checkChosenParent('assignTo', 'user'),
					requireIds([{ name: 'assignmentId', label: 'Assignment', kind: 'integer' }]),
				],
			},
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{
			displayName: 'Assigned To',
			name: 'assignTo',
			type: 'options',
			noDataExpression: true,
			default: 'user',
			description: 'Whether the assignment belongs to a user or a placeholder',
			options: [
				{ name: 'Placeholder', value: 'placeholder' },
				{ name: 'User', value: 'user' },
			],
		},
		{
			...userLocator('The user the assignment belongs to'),
			displayOptions: { show: { assignTo: ['user'] } },
		},
		{
			...placeholderLocator('The placeholder the assignment belongs to'),
			displayOptions: { show: { assignTo: ['placeholder'] } },
		},
		assignmentLocator(
			'The assignment to delete (the list shows the assignments of the selected user)',
		),
	],
};
