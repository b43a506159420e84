import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { checkId, idValue } from '../../../shared/idChecks';
import { readOptionsField } from '../../shared/listFields';
import { memberField, WORKING_TIME_URL } from './fields';

/** preSend: with a member chosen, the member's own path (GUID or e-mail, checked first). */
async function memberPath(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (!idValue(this, 'userId')) return options;
	const member = checkId(this, 'userId', 'Member', 'guidOrEmail');
	options.url = `${WORKING_TIME_URL}/${encodeURIComponent(member)}`;
	return options;
}

export const getAllWorkingTimes: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many working times',
		description:
			"List members' working-time periods (hours per weekday from a start date); all members, or one when Member is set",
		routing: {
			request: { method: 'GET', url: WORKING_TIME_URL },
			send: { preSend: [memberPath] },
		},
	},
	fields: [
		{
			...memberField(
				"Only this member's periods (smenso's per-member path): pick from the list, or give the user GUID or e-mail address. Leave empty for every member.",
			),
			required: false,
		},
		returnAllField,
		limitField,
		readOptionsField(),
	],
};
