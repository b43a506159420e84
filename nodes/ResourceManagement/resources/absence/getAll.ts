import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { dateParameter } from '../../../shared/dates';
import { dateWindow, sendDateWindow } from '../../shared/listFields';
import { userLocator } from '../../shared/locators';
import { checkChosenParent, chosenParentId, chosenParentPath } from '../../shared/parents';
import { apiBase, leaveTypeNames, rmReadList } from '../../shared/requests';
import { RM_MAX_PAGE_SIZE } from '../../shared/transport';
import { isPlannedAbsence, isRecordedAbsence, plannedAbsence, recordedAbsence } from './fields';

const { from: FROM, to: TO } = dateWindow('From', 'To');

/** The main list: planned (and both) read assignments first, recorded reads time entries. */
const url = `={{ ${chosenParentPath('scope', ['user'])} }}/{{ $parameter.kind === "recorded" ? "time_entries" : "assignments" }}`;

/** Absences already returned for the current input item (the runner calls postReceive per page). */
const emitted = new WeakMap<object, number>();

/**
 * postReceive, page by page: keeps the records on leave types, in the absence shape (see
 * fields.ts); the runner counts what it returns against the Limit. For "both", after the last
 * page of assignments, the recorded absences of the same user and dates follow, read from the
 * time entries only while the Limit is not reached.
 */
const collectAbsences: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const kind = this.getNodeParameter('kind', 'both') as string;
	const wanted = (this.getNodeParameter('returnAll', false) as boolean)
		? Infinity
		: Number(this.getNodeParameter('limit', 50));
	const baseURL = await apiBase(this);
	const names = await leaveTypeNames(this, baseURL);
	const records = items.map((item) => item.json);
	const absences: IDataObject[] =
		kind === 'recorded'
			? records.filter(isRecordedAbsence).map((record) => recordedAbsence(record, names))
			: records.filter(isPlannedAbsence(names)).map((record) => plannedAbsence(record, names));
	const sofar = (emitted.get(this) ?? 0) + absences.length;
	emitted.set(this, sofar);
	const lastPage = !((response?.body as IDataObject | undefined)?.paging as IDataObject | undefined)
		?.next;
	if (kind === 'both' && lastPage && sofar < wanted) {
		const user = chosenParentId(this, 'scope', 'all');
		const qs: IDataObject = {};
		const from = dateParameter(this, FROM.param, FROM.label);
		const to = dateParameter(this, TO.param, TO.label);
		if (from) qs.from = from;
		if (to) qs.to = to;
		const entries = await rmReadList(
			this,
			{
				baseURL,
				url: user ? `/users/${encodeURIComponent(user)}/time_entries` : '/time_entries',
				qs,
			},
			{ wanted: wanted - sofar, keep: isRecordedAbsence },
		);
		absences.push(...entries.map((record) => recordedAbsence(record, names)));
	}
	return absences.map((json) => ({ json }));
};

export const getAllAbsences: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many absences',
		description:
			'List planned absences (assignments on leave types) and/or recorded absence time (time entries on leave types) in one shape',
		routing: {
			// Full pages: most records are not absences, so a small Limit must not mean small pages.
			request: { method: 'GET', url, qs: { per_page: RM_MAX_PAGE_SIZE } },
			send: {
				preSend: [checkChosenParent('scope', 'all'), sendDateWindow('From', 'To')],
			},
			output: { postReceive: [collectAbsences] },
		},
	},
	fields: [
		{
			displayName: 'Kind',
			name: 'kind',
			type: 'options',
			default: 'both',
			description:
				'Which absences to list. Every result has the same keys: kind, ID, user, leave type (ID and name), start and end day (a recorded absence: both its date), hours, hours per day, percent of the day (100 = full days), note and the raw record.',
			options: [
				{
					name: 'Both',
					value: 'both',
					description: 'Planned absences first, then recorded absence time',
				},
				{
					name: 'Planned',
					value: 'planned',
					description: 'Absences on the schedule (assignments on leave types)',
				},
				{
					name: 'Recorded',
					value: 'recorded',
					description: 'Absence time on timesheets (time entries on leave types)',
				},
			],
		},
		{
			displayName: 'For',
			name: 'scope',
			description: "Whose absences to list: everyone's or one user's",
			type: 'options',
			noDataExpression: true,
			default: 'all',
			options: [
				{ name: 'All Users', value: 'all' },
				{ name: 'One User', value: 'user' },
			],
		},
		{
			...userLocator('The person whose absences to list'),
			displayOptions: { show: { scope: ['user'] } },
		},
		returnAllField,
		limitField,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description:
				'A date window keeps the lists short: without one every assignment or time entry is read',
			options: [
				{
					displayName: 'From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description: 'Only absences that end on or after this day',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description: 'Only absences that start on or before this day',
				},
			],
		},
	],
};
