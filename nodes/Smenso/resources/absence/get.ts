import type { IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idValue, requireIds } from '../../../shared/idChecks';
import { absenceIdField } from './fields';

/** smenso has no single-absence GET: the node reads the list and keeps the one asked for. */
const pickAbsence: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const wanted = idValue(this, 'absenceId').toLowerCase();
	const found = items.find((item) => String(item.json.id ?? '').toLowerCase() === wanted);
	if (!found) {
		throw inputError(
			this.getNode(),
			`No absence with ID ${idValue(this, 'absenceId')} was found`,
			`smenso returned ${items.length} absence(s) visible to the token's user and none has this ID. It may have been deleted, or the token's user may not see it.`,
			this.getItemIndex(),
		);
	}
	return [found];
};

export const getAbsence: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an absence',
		description:
			'Retrieve one absence by ID (smenso has no single-absence endpoint, so the node reads the full list and picks it)',
		routing: {
			request: { method: 'GET', url: '/api/integration/absence/json' },
			send: { preSend: [requireIds([{ name: 'absenceId', label: 'Absence ID', kind: 'guid' }])] },
			output: { postReceive: [pickAbsence] },
		},
	},
	fields: [{ ...absenceIdField, description: 'GUID of the absence to retrieve' }],
};
