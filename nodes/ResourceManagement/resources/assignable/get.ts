import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';

export const getAssignable: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an assignable',
		description:
			'Resolve an assignable_id (from an assignment, time entry or expense item) to the project or leave type it names, without knowing which kind it is',
		routing: {
			request: { method: 'GET', url: `=/assignables/${urlId('assignableId')}` },
			send: {
				preSend: [requireIds([{ name: 'assignableId', label: 'Assignable ID', kind: 'integer' }])],
			},
		},
	},
	fields: [
		{
			displayName: 'Assignable ID',
			name: 'assignableId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 1001',
			description: 'The assignable_id to resolve: the ID of a project or of a leave type',
		},
	],
};
