import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { requireChanges } from '../../../shared/inputChecks';
import { sendAmount } from '../../shared/amounts';
import {
	billRateIdField,
	billRateRouting,
	billRateUrl,
	checkRateOwner,
	rateField,
	rateOwnerFields,
	rebuildAssignmentsField,
	scopeField,
} from './fields';
import { rateTargetFields, sendRateTarget } from './rateTarget';

export const updateBillRate: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a bill rate',
		description: 'Change the rate, the person, role or discipline, or the dates of a bill rate',
		routing: billRateRouting({
			request: { method: 'PUT', url: billRateUrl },
			send: {
				preSend: [
					checkRateOwner('scope'),
					requireIds([{ name: 'billRateId', label: 'Bill Rate ID', kind: 'integer' }]),
					sendAmount('updateFields.rate', 'rate', { label: 'Rate', min: 0 }),
					...sendRateTarget('updateFields'),
					requireChanges,
				],
			},
		}),
	},
	fields: [
		scopeField('change', true),
		...rateOwnerFields('scope', 'the rate belongs to'),
		billRateIdField,
		{ ...rebuildAssignmentsField, displayOptions: { show: { scope: ['project', 'phase'] } } },
		updateFieldsCollection([rateField, ...rateTargetFields]),
	],
};
