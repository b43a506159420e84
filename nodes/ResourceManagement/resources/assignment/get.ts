import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { assignmentLocator } from '../../shared/locators';
import { assignmentUrl } from './fields';

export const getAssignment: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an assignment',
		description: 'Retrieve one assignment by ID',
		routing: {
			request: { method: 'GET', url: assignmentUrl },
			send: {
				preSend: [requireIds([{ name: 'assignmentId', label: 'Assignment', kind: 'integer' }])],
			},
		},
	},
	fields: [assignmentLocator('The assignment to retrieve')],
};
