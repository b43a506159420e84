import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { leaveTypeLocator } from '../../shared/locators';

export const getLeaveType: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a leave type',
		description: 'Retrieve one leave type by ID',
		routing: {
			request: { method: 'GET', url: `=/leave_types/${urlId('leaveTypeId')}` },
			send: {
				preSend: [requireIds([{ name: 'leaveTypeId', label: 'Leave Type', kind: 'integer' }])],
			},
		},
	},
	fields: [leaveTypeLocator('The leave type to retrieve')],
};
