import {
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type INodeProperties,
	type IPollFunctions,
} from 'n8n-workflow';
import { parseDate } from './dates';

/*
 * What both polling triggers share: where the last poll stopped (a cursor in the workflow's
 * static data), which records are new relative to it, and how a poll behaves on first
 * activation, on later polls and for "Fetch Test Event". The services differ only in how they
 * read the records that may be new (see PollSource).
 */

/** A record as the trigger compares it: its ID and the instant of the event (created or last changed). */
export interface PolledRecord {
	id: string;
	/** Epoch milliseconds. */
	at: number;
	json: IDataObject;
	/** False for records that move the cursor but are not wanted (a filter the API cannot apply). */
	emit?: boolean;
}

/**
 * Where the last poll stopped: the newest instant seen and the IDs of every record at exactly
 * that instant. A record is new when it is later than `at`, or at `at` but not among `ids`
 * (it was written in the same second after the poll read the list).
 */
interface PollCursor {
	at: number;
	ids: string[];
}

/** How the cursor is kept in static data; `key` says which query it belongs to. */
interface StoredCursor {
	key: string;
	at: string;
	ids: string[];
}

const CURSOR = 'pollCursor';

function readCursor(staticData: IDataObject, key: string): PollCursor | undefined {
	const stored = staticData[CURSOR] as StoredCursor | undefined;
	if (!stored || typeof stored !== 'object' || stored.key !== key) return undefined;
	const at = Date.parse(stored.at);
	if (!Number.isFinite(at) || !Array.isArray(stored.ids)) return undefined;
	return { at, ids: stored.ids.map(String) };
}

function saveCursor(staticData: IDataObject, key: string, cursor: PollCursor): void {
	const stored: StoredCursor = { key, at: new Date(cursor.at).toISOString(), ids: cursor.ids };
	staticData[CURSOR] = stored as unknown as IDataObject;
}

function byTimeThenId(a: PolledRecord, b: PolledRecord): number {
	if (a.at !== b.at) return a.at - b.at;
	const [x, y] = [Number(a.id), Number(b.id)];
	if (a.id !== '' && b.id !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One entry per ID: a list read page by page may show a record twice; the later version wins. */
function latestById(records: PolledRecord[]): PolledRecord[] {
	const byId = new Map<string, PolledRecord>();
	for (const record of records) {
		const known = byId.get(record.id);
		if (!known || record.at > known.at) byId.set(record.id, record);
	}
	return [...byId.values()];
}

/** The cursor that marks "everything up to here": the newest instant and the IDs at it. */
function newestOf(records: PolledRecord[], floor?: PollCursor): PollCursor {
	let at = floor?.at ?? 0;
	for (const record of records) if (record.at > at) at = record.at;
	const ids = new Set(floor && floor.at === at ? floor.ids : []);
	for (const record of records) if (record.at === at) ids.add(record.id);
	return { at, ids: [...ids] };
}

/**
 * The records that are new relative to `cursor` (oldest first) and the cursor after them.
 * `records` must contain every record at or after `cursor.at`; older ones may be present and
 * are ignored. Ties are exact: a record at the cursor's instant is new only if its ID is unseen.
 */
function advanceCursor(
	cursor: PollCursor,
	records: PolledRecord[],
): { fresh: PolledRecord[]; next: PollCursor } {
	const seen = new Set(cursor.ids);
	const fresh = latestById(records)
		.filter((record) => record.at > cursor.at || (record.at === cursor.at && !seen.has(record.id)))
		.sort(byTimeThenId);
	return { fresh, next: newestOf(fresh, cursor) };
}

/** What a service's trigger supplies to runPoll. */
export interface PollSource {
	/** Identifies the query the cursor belongs to; a different key starts over as on first activation. */
	key: string;
	/** "time entries", "projects" …: names the records in messages. */
	noun: string;
	/** Start From as epoch ms, when the user set it. */
	startFrom?: number;
	/**
	 * Reads the records that may be new. `since` set: every record at or after that instant must
	 * be among the result. `since` undefined (first activation): the newest records, all of those
	 * at the newest instant included. `sample`: at least the newest record (Fetch Test Event).
	 */
	read(request: { since?: number; sample: boolean }): Promise<PolledRecord[]>;
}

const items = (records: PolledRecord[]): INodeExecutionData[] =>
	records.map((record) => ({ json: record.json }));

/**
 * One poll:
 * - "Fetch Test Event" (manual mode): the newest record as a sample; the cursor is not touched.
 * - first activation (no cursor for this key): the cursor is set to the newest record and
 *   nothing is emitted, unless Start From is set: then records from that instant on are emitted.
 * - later polls: the records newer than the cursor, oldest first; then the cursor moves on.
 * The cursor moves only after the records were read in full, so a failed poll repeats its window.
 */
export async function runPoll(
	ctx: IPollFunctions,
	source: PollSource,
): Promise<INodeExecutionData[][] | null> {
	if (ctx.getMode() === 'manual') {
		const records = (await source.read({ sample: true })).filter((record) => record.emit !== false);
		const newest = records.sort(byTimeThenId).pop();
		if (!newest) {
			throw new NodeOperationError(ctx.getNode(), `No ${source.noun} found to show as a sample`, {
				description: `The trigger shows the newest of the ${source.noun} it watches. Create one in the service, or activate the workflow: it then starts with the ${source.noun} created or changed after activation.`,
			});
		}
		return [items([newest])];
	}

	const staticData = ctx.getWorkflowStaticData('node');
	const stored = readCursor(staticData, source.key);
	const start =
		stored ?? (source.startFrom !== undefined ? { at: source.startFrom, ids: [] } : undefined);
	const records = await source.read({ since: start?.at, sample: false });
	if (!start) {
		// First activation: remember where "now" is in the service's own clock, emit nothing.
		saveCursor(staticData, source.key, newestOf(records));
		return null;
	}
	const { fresh, next } = advanceCursor(start, records);
	saveCursor(staticData, source.key, next);
	const wanted = fresh.filter((record) => record.emit !== false);
	return wanted.length ? [items(wanted)] : null;
}

/**
 * The Event parameter both triggers offer: "New" compares the creation time, "New or Updated"
 * the time of the last change; `created`/`updated` name those times in the service's words.
 */
export function pollEventField(created: string, updated: string): INodeProperties {
	return {
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'created',
		options: [
			{ name: 'New', value: 'created', description: `A record was created (its ${created})` },
			{
				name: 'New or Updated',
				value: 'updated',
				description: `A record was created or changed (its ${updated})`,
			},
		],
	};
}

/** The "Start From" option both triggers offer. */
export const startFromOption: INodeProperties = {
	displayName: 'Start From',
	name: 'startFrom',
	type: 'dateTime',
	default: '',
	description:
		'On first activation, also emit the records created (or changed) from this date-time on. Empty: start with what happens after activation. Changing it later restarts the trigger from the new date-time.',
};

/** Start From as epoch ms (read in the workflow's time zone), undefined when empty. */
export function startFromOf(
	ctx: IPollFunctions,
	parameter = 'options.startFrom',
): number | undefined {
	const raw = ctx.getNodeParameter(parameter, '') as unknown;
	if (raw === '' || raw === undefined || raw === null) return undefined;
	const parsed = parseDate(raw, ctx.getTimezone());
	if (!parsed) {
		throw new NodeOperationError(
			ctx.getNode(),
			`'Start From' is not a valid date-time: ${JSON.stringify(raw)}`,
			{
				description:
					'Pick a date-time in the date picker, or enter one such as 2026-03-02T08:00:00.',
			},
		);
	}
	return parsed.toMillis();
}
