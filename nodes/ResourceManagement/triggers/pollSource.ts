import { DateTime } from 'luxon';
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IPollFunctions,
} from 'n8n-workflow';
import { requestKey, type Pager } from '../../shared/paging';
import { startFromOf, type PolledRecord, type PollSource } from '../../shared/pollCursor';
import { asItemContext } from '../../shared/sender';
import { readPages } from '../../shared/pageLoop';
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

function stampOf(
	ctx: IExecuteSingleFunctions,
	record: IDataObject,
	field: string,
	noun: string,
): number {
	const value = record[field];
	const at = typeof value === 'string' ? Date.parse(value) : NaN;
	if (!Number.isFinite(at)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Resource Management sent ${noun} without a valid ${field}: ${JSON.stringify(value ?? null)} (id ${String(record.id)})`,
			{
				description:
					'The trigger orders records by this timestamp. Check the Base URL of the credential.',
			},
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
					throw new NodeOperationError(
						ctx.getNode(),
						`Resource Management did not sort the ${noun} by ${field}`,
						{
							description: `The trigger asks for sort_field=${sortField}&sort_order=descending and reads only the newest ${noun}; the answer came in another order, so it cannot tell which ones are new. Nothing was emitted.`,
						},
					);
				}
			}
			if (request.sample) return { records: page.records };
			if (stopBelow === undefined && stamps.length) stopBelow = stamps[0];
			const reachedOlder = stamps.some((at) => at < stopBelow!);
			if (reachedOlder || !page.next) return { records: page.records };
			// Every record of the small first page is new: read on with full pages from the top.
			if (Number(sent.qs?.per_page) === PROBE_PAGE_SIZE && PROBE_PAGE_SIZE < RM_MAX_PAGE_SIZE) {
				return {
					records: page.records,
					next: { ...sent, qs: { ...(sent.qs ?? {}), page: 1, per_page: RM_MAX_PAGE_SIZE } },
				};
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
			throw new NodeOperationError(
				ctx.getNode(),
				`'${name === 'daysBack' ? 'Days Back' : 'Days Ahead'}' must be a whole number of 0 or more`,
				{
					description:
						'Enter how many days before and after today the assignments to watch may lie.',
				},
			);
		}
		return value;
	};
	const today = DateTime.now().setZone(ctx.getTimezone()).startOf('day');
	return {
		from: today.minus({ days: number('daysBack', 30) }).toFormat('yyyy-MM-dd'),
		to: today.plus({ days: number('daysAhead', 365) }).toFormat('yyyy-MM-dd'),
	};
}

/** Kind (work, leave or both) applies to assignments and time entries; the other lists have no leave. */
function kindOf(poll: IPollFunctions, resource: Resource): Kind {
	return (
		resource === 'assignment' || resource === 'timeEntry'
			? poll.getNodeParameter('kind', 'all')
			: 'all'
	) as Kind;
}

/** The query of a sorted list as the Options collection asks (phases, archived, placeholders). */
function sortedListQuery(
	resource: Exclude<Resource, 'assignment'>,
	options: IDataObject,
): IDataObject {
	const qs: IDataObject = {};
	if (resource === 'project' && options.includePhases) qs.with_phases = true;
	if ((resource === 'project' || resource === 'user') && options.includeArchived)
		qs.with_archived = true;
	if (resource === 'user' && options.includePlaceholders) qs.include_placeholders = true;
	return qs;
}

/** The Resource Management polling trigger's records, read as its parameters say. */
export async function rmPollSource(poll: IPollFunctions): Promise<PollSource> {
	const resource = poll.getNodeParameter('resource') as Resource;
	const event = poll.getNodeParameter('event') as 'created' | 'updated';
	const options = poll.getNodeParameter('options', {}) as IDataObject;
	const kind = kindOf(poll, resource);
	const startFrom = startFromOf(poll);
	const field = event === 'created' ? 'created_at' : 'updated_at';
	const noun = NOUNS[resource];
	const window = resource === 'assignment' ? windowOf(poll) : undefined;

	const ctx = asItemContext(poll);
	const stamped = (
		records: IDataObject[],
		isLeave: (record: IDataObject) => boolean,
	): PolledRecord[] =>
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
				const records = await rmReadList(ctx, {
					baseURL,
					url: '/assignments',
					qs: { from: window!.from, to: window!.to, with_phases: true },
				});
				const leaveTypes =
					kind === 'all' ? new Map<number, string>() : await leaveTypeNames(ctx, baseURL);
				return stamped(records, (record) => leaveTypes.has(Number(record.assignable_id)));
			}
			const qs = sortedListQuery(resource, options);
			const records = await readSorted(
				ctx,
				baseURL,
				SORTED_PATHS[resource],
				qs,
				field,
				noun,
				request,
			);
			return stamped(records, (record) => record.assignable_type === 'LeaveType');
		},
	};
}
