import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllAbsenceTypes: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many absence types',
		description: 'List the absence types of the workspace (vacation, sick leave …)',
		// The list path is plural (absencetypes), the single-record path singular (absencetype).
		routing: { request: { method: 'GET', url: '/api/integration/settings/absencetypes/json' } },
	},
	fields: [returnAllField, limitField],
};
