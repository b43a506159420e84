import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { assertDateOrder, dateParameter, parseDate } from '../../../shared/dates';
import { checkId, idValue } from '../../../shared/hooks';

interface AbsenceFilters {
	user: string;
	from?: string;
	to?: string;
}

/** Reads and checks the client-side filters; used before the request and after it. */
function readFilters(ctx: IExecuteSingleFunctions): AbsenceFilters {
	const user = idValue(ctx, 'filters.user');
	if (user) checkId(ctx, 'filters.user', 'User', 'guidOrEmail');
	const from = dateParameter(ctx, 'filters.from', 'From');
	const to = dateParameter(ctx, 'filters.to', 'To');
	assertDateOrder(ctx, from, to, 'From', 'To');
	return { user: user.toLowerCase(), from, to };
}

/** preSend: bad filter values fail before anything is sent. */
const checkFilters: PreSendAction = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	readFilters(this);
	return options;
};

/** The user references an absence record carries (GUID, e-mail, nested user object). */
function userKeys(record: IDataObject): string[] {
	const user = record.user;
	const values = [record.userId, record.userEmail, record.email, record.userMail];
	if (typeof user === 'string') values.push(user);
	else if (user && typeof user === 'object') values.push((user as IDataObject).id, (user as IDataObject).email);
	return values.filter((value) => typeof value === 'string' && value).map((value) => String(value).toLowerCase());
}

function isoDay(value: unknown, zone: string): string | undefined {
	return parseDate(value, zone)?.toFormat('yyyy-MM-dd');
}

/** postReceive: applies the filters (smenso's list has none); Limit then counts what is kept. */
const filterAbsences: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const { user, from, to } = readFilters(this);
	const zone = this.getTimezone();
	const kept = items.filter(({ json }) => {
		if (user && !userKeys(json).includes(user)) return false;
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
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description:
						'Keep absences that end on this day or later (together with To: absences overlapping the window). smenso has no server-side date filter: the node reads all absences and filters them itself.',
				},
				{
					displayName: 'Language',
					name: 'lang',
					type: 'string',
					default: 'en-US',
					placeholder: 'e.g. de-DE',
					description: 'Culture code for texts in the response, e.g. absence type names',
					routing: { send: { type: 'query', property: 'lang' } },
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
						"Keep only this member's absences: e-mail address or user GUID. Applied by the node after reading all absences; smenso has no server-side user filter.",
				},
			],
		},
	],
};
