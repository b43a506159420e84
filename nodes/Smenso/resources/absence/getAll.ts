import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { assertDateOrder, dateParameter, parseDate } from '../../../shared/dates';
import { checkId, idValue } from '../../../shared/idChecks';
import { memberGuid } from '../../shared/lookups';
import { readOptionsField } from '../../shared/listFields';

interface AbsenceFilters {
	user: string;
	from?: string;
	to?: string;
}

/**
 * Reads and checks the client-side filters; used before the request and after it. A user given
 * by e-mail becomes the member's GUID (member list, read once per execution), because absence
 * records name their member by `userId` only (smenso.md §5.4).
 */
async function readFilters(ctx: IExecuteSingleFunctions): Promise<AbsenceFilters> {
	const user = idValue(ctx, 'filters.user');
	if (user) checkId(ctx, 'filters.user', 'User', 'guidOrEmail');
	const from = dateParameter(ctx, 'filters.from', 'From');
	const to = dateParameter(ctx, 'filters.to', 'To');
	assertDateOrder(ctx, from, to, 'From', 'To');
	return { user: user ? (await memberGuid(ctx, user, 'User')).toLowerCase() : '', from, to };
}

/** preSend: bad filter values (and unknown e-mails) fail before the list is read. */
const checkFilters: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	await readFilters(this);
	return options;
};

function isoDay(value: unknown, zone: string): string | undefined {
	return parseDate(value, zone)?.toFormat('yyyy-MM-dd');
}

/** postReceive: applies the filters (smenso's list has none); Limit then counts what is kept. */
const filterAbsences: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { user, from, to } = await readFilters(this);
	const zone = this.getTimezone();
	const kept = items.filter(({ json }) => {
		if (user && String(json.userId ?? '').toLowerCase() !== user) return false;
		if (!from && !to) return true;
		const start = isoDay(json.startDate, zone);
		const end = isoDay(json.endDate, zone) ?? start;
		if (!start || !end) return false;
		return (!to || start <= to) && (!from || end >= from);
	});
	return kept;
};

export const getAllAbsences: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many absences',
		description:
			'List the absences the token can see; smenso returns all of them at once, the filters are applied by the node',
		routing: {
			request: { method: 'GET', url: '/api/integration/absence/json' },
			send: { preSend: [checkFilters] },
			output: { postReceive: [filterAbsences] },
		},
	},
	fields: [
		returnAllField,
		limitField,
		readOptionsField(
			[
				{
					displayName: 'From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description:
						'Keep absences that end on this day or later (together with To: absences overlapping the window). smenso has no server-side date filter: the node reads all absences and filters them itself.',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description:
						'Keep absences that start on this day or earlier (together with From: absences overlapping the window). Applied by the node; smenso has no server-side date filter.',
				},
				{
					displayName: 'User',
					name: 'user',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane.doe@example.com',
					description:
						"Keep only this member's absences: e-mail address or user GUID. An e-mail is looked up in the member list (once per execution); the node then keeps the absences whose userId is that member's GUID. smenso has no server-side user filter.",
				},
			],
			'filters',
			'Filters',
		),
	],
};
