import { DateTime } from 'luxon';
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type IPollFunctions,
} from 'n8n-workflow';
import { requestKey, type Pager } from '../../shared/paging';
import { pollEventField, startFromOf, startFromOption, type PolledRecord, type PollSource } from '../../shared/pollCursor';
import { asItemContext } from '../../shared/sender';
import { readPages } from '../../shared/transport';
import { apiBase, leaveTypeNames, rmFetch, rmReadList } from '../shared/requests';
import { RM_MAX_PAGE_SIZE, rmPager } from '../shared/transport';

/**
 * Records of an idle poll. Lists sorted newest first are read from the top until a record older
 * than the cursor shows up; when nothing changed, one page of this size answers that. 50 keeps an
 * idle poll small (about 15 KB of time entries, 25 to 40 KB of projects or users; a page of 1,000
 * would be 20 times that on every poll) while a minute with up to 49 changes still needs one
 * request. When the whole page is new, the trigger reads on with full pages of 1,000 from the
 * top: a burst of N changes costs 1 + ceil((N + 1) / 1000) requests.
 */
export const PROBE_PAGE_SIZE = 50;

type Resource = 'assignment' | 'project' | 'timeEntry' | 'user';
type Kind = 'all' | 'leave' | 'work';

const NOUNS: Record<Resource, string> = {
	assignment: 'assignments',
	project: 'projects',
	timeEntry: 'time entries',
	user: 'users',
};

/** The lists RM can sort by `created` / `updated` (API docs: projects, users, time entries). */
const SORTED_PATHS: Record<Exclude<Resource, 'assignment'>, string> = {
	project: '/projects',
	timeEntry: '/time_entries',
	user: '/users',
};

const KIND_OPTIONS = [
	{ name: 'All', value: 'all', description: 'Work and leave' },
	{
		name: 'Leave Only (Absences)',
		value: 'leave',
		description: 'Only records on a leave type (vacation, sick …)',
	},
	{ name: 'Work Only', value: 'work', description: 'Only records on projects and phases' },
];

export const pollProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		default: 'timeEntry',
		options: [
			{
				name: 'Assignment',
				value: 'assignment',
				description: 'Scheduled work and scheduled leave (absences) within a date window',
			},
			{ name: 'Project', value: 'project', description: 'Projects, optionally with their phases' },
			{ name: 'Time Entry', value: 'timeEntry', description: 'Confirmed time entries, including recorded leave' },
			{ name: 'User', value: 'user', description: 'People, optionally with placeholders' },
		],
	},
	pollEventField('created_at', 'updated_at'),
	{
		displayName:
			'Resource Management cannot sort or filter assignments by change, so every poll reads all assignments in the date window below: its cost grows with the number of assignments in the window. For assignment events, the Resource Management Trigger (webhooks) costs nothing while nothing changes.',
		name: 'assignmentNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['assignment'] } },
	},
	{
		displayName: 'Kind',
		name: 'kind',
		type: 'options',
		default: 'all',
		displayOptions: { show: { resource: ['assignment', 'timeEntry'] } },
		options: KIND_OPTIONS,
		description:
			'Which records start the workflow. Leave on assignments is planned absence, leave on time entries is recorded absence.',
	},
	{
		displayName: 'Days Back',
		name: 'daysBack',
		type: 'number',
		default: 30,
		typeOptions: { minValue: 0 },
		displayOptions: { show: { resource: ['assignment'] } },
		description:
			'Assignments that ended more than this many days ago are not read (the window starts today minus this many days)',
	},
	{
		displayName: 'Days Ahead',
		name: 'daysAhead',
		type: 'number',
		default: 365,
		typeOptions: { minValue: 0 },
		displayOptions: { show: { resource: ['assignment'] } },
		description:
			'Assignments that start more than this many days from today are not read (the window ends today plus this many days)',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Archived',
				name: 'includeArchived',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/resource': ['project', 'user'] } },
				description:
					'Whether archived records are read too. Without it, a record that is archived leaves the list, so its archiving is not reported.',
			},
			{
				displayName: 'Include Phases',
				name: 'includePhases',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/resource': ['project'] } },
				description: 'Whether phases (child projects) start the workflow as well as projects',
			},
			{
				displayName: 'Include Placeholders',
				name: 'includePlaceholders',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/resource': ['user'] } },
				description: 'Whether placeholder resources start the workflow as well as people',
			},
			startFromOption,
		],
	},
];

function stampOf(ctx: IExecuteSingleFunctions, record: IDataObject, field: string, noun: string): number {
	const value = record[field];
	const at = typeof value === 'string' ? Date.parse(value) : NaN;
	if (!Number.isFinite(at)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Resource Management sent ${noun} without a valid ${field}: ${JSON.stringify(value ?? null)} (id ${String(record.id)})`,
			{ description: 'The trigger orders records by this timestamp. Check the Base URL of the credential.' },
		);
	}
	return at;
}

/**
 * Reads a list sorted by `sortField`, newest first, until a record older than `since` appears
 * (first activation: older than the newest record), with the runner's page loop and guards.
 * A page that is not in descending order means RM ignored the sort: that fails loudly rather
 * than reporting wrong records.
 */
async function readSorted(
	ctx: IExecuteSingleFunctions,
	baseURL: string,
	url: string,
	qs: IDataObject,
	field: 'created_at' | 'updated_at',
	noun: string,
	request: { since?: number; sample: boolean },
): Promise<IDataObject[]> {
	const sortField = field === 'created_at' ? 'created' : 'updated';
	let stopBelow = request.since;
	const pager: Pager = {
		firstRequest: (first) => first,
		read(response, sent) {
			const page = rmPager.read(response, sent);
			if (!page.records) return page;
			const stamps = page.records.map((record) => stampOf(ctx, record, field, noun));
			for (let i = 1; i < stamps.length; i++) {
				if (stamps[i] > stamps[i - 1]) {
					throw new NodeOperationError(ctx.getNode(), `Resource Management did not sort the ${noun} by ${field}`, {
						description: `The trigger asks for sort_field=${sortField}&sort_order=descending and reads only the newest ${noun}; the answer came in another order, so it cannot tell which ones are new. Nothing was emitted.`,
					});
				}
			}
			if (request.sample) return { records: page.records };
			if (stopBelow === undefined && stamps.length) stopBelow = stamps[0];
			const reachedOlder = stamps.some((at) => at < stopBelow!);
			if (reachedOlder || !page.next) return { records: page.records };
			// Every record of the small first page is new: read on with full pages from the top.
			if (Number(sent.qs?.per_page) === PROBE_PAGE_SIZE && PROBE_PAGE_SIZE < RM_MAX_PAGE_SIZE) {
				return { records: page.records, next: { ...sent, qs: { ...(sent.qs ?? {}), page: 1, per_page: RM_MAX_PAGE_SIZE } } };
			}
			return page;
		},
		requestKey,
	};
	const first: IHttpRequestOptions = {
		method: 'GET',
		baseURL,
		url,
		qs: { ...qs, sort_field: sortField, sort_order: 'descending', per_page: PROBE_PAGE_SIZE },
	};
	const result = await readPages(ctx, pager, first, await rmFetch(ctx), async (records) => records);
	return 'items' in result ? result.items : [];
}

/** The assignment window around today (workflow time zone), as RM's from/to dates. */
function windowOf(ctx: IPollFunctions): { from: string; to: string } {
	const number = (name: string, fallback: number) => {
		const value = Number(ctx.getNodeParameter(name, fallback));
		if (!Number.isInteger(value) || value < 0) {
			throw new NodeOperationError(ctx.getNode(), `'${name === 'daysBack' ? 'Days Back' : 'Days Ahead'}' must be a whole number of 0 or more`, {
				description: 'Enter how many days before and after today the assignments to watch may lie.',
			});
		}
		return value;
	};
	const today = DateTime.now().setZone(ctx.getTimezone()).startOf('day');
	return {
		from: today.minus({ days: number('daysBack', 30) }).toFormat('yyyy-MM-dd'),
		to: today.plus({ days: number('daysAhead', 365) }).toFormat('yyyy-MM-dd'),
	};
}

/** The Resource Management polling trigger's records, read as its parameters say. */
export async function rmPollSource(poll: IPollFunctions): Promise<PollSource> {
	const resource = poll.getNodeParameter('resource') as Resource;
	const event = poll.getNodeParameter('event') as 'created' | 'updated';
	const options = poll.getNodeParameter('options', {}) as IDataObject;
	const kind = (resource === 'assignment' || resource === 'timeEntry' ? poll.getNodeParameter('kind', 'all') : 'all') as Kind;
	const startFrom = startFromOf(poll);
	const field = event === 'created' ? 'created_at' : 'updated_at';
	const noun = NOUNS[resource];
	const window = resource === 'assignment' ? windowOf(poll) : undefined;

	const ctx = asItemContext(poll);
	const stamped = (records: IDataObject[], isLeave: (record: IDataObject) => boolean): PolledRecord[] =>
		records.map((json) => ({
			id: String(json.id),
			at: stampOf(ctx, json, field, noun),
			json,
			emit: kind === 'all' || isLeave(json) === (kind === 'leave'),
		}));

	return {
		key: [resource, event, startFrom ?? ''].join('|'),
		noun,
		startFrom,
		async read(request) {
			const baseURL = await apiBase(ctx);
			if (resource === 'assignment') {
				// No documented sort on /assignments: the whole window, compared client-side.
				const records = await rmReadList(ctx, { baseURL, url: '/assignments', qs: { from: window!.from, to: window!.to, with_phases: true } });
				const leaveTypes = kind === 'all' ? new Map<number, string>() : await leaveTypeNames(ctx, baseURL);
				return stamped(records, (record) => leaveTypes.has(Number(record.assignable_id)));
			}
			const qs: IDataObject = {};
			if (resource === 'project' && options.includePhases) qs.with_phases = true;
			if ((resource === 'project' || resource === 'user') && options.includeArchived) qs.with_archived = true;
			if (resource === 'user' && options.includePlaceholders) qs.include_placeholders = true;
			const records = await readSorted(ctx, baseURL, SORTED_PATHS[resource], qs, field, noun, request);
			return stamped(records, (record) => record.assignable_type === 'LeaveType');
		},
	};
}
