import { DateTime } from 'luxon';
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IPollFunctions,
} from 'n8n-workflow';
import { startFromOf, type PolledRecord, type PollSource } from '../../shared/pollCursor';
import { asItemContext } from '../../shared/sender';
import { readPages } from '../../shared/pageLoop';
import { createFetch } from '../../shared/transport';
import { REPORT_LANGUAGE, viewIdOf } from '../resources/report/fields';
import { smensoBaseUrl } from '../shared/baseUrl';
import { SMENSO_CREDENTIAL, SMENSO_SERVICE } from '../shared/transport';
import { EXPORTS, type ExportDef, type Resource } from './pollExports';

/*
 * smenso has no webhooks and its lists have no paging, sorting or modified-since filter. The
 * Reporting API exports carry "Created On" and "Updated On" date-times, so the trigger reads one
 * export per poll (the fewest requests possible) and compares those columns with its cursor.
 * The export is the whole data set every time: its size grows with the workspace.
 * Which columns an export has depends on the workspace and the list view (only the projects
 * export's are documented), so the names of the columns read are options.
 */

/** The exports are read in UTC so their date-times (dd.MM.yyyy HH:mm:ss, no zone) are instants. */
const EXPORT_ZONE = 'UTC';
const DATE_TIME_FORMAT = 'dd.MM.yyyy HH:mm:ss';

/**
 * The columns the trigger reads, by what they hold; each name is an option (defaults: the en-US
 * headers). The Options collection (pollFields.ts) repeats these as literals because the node
 * linter wants them so.
 */
type Role = 'id' | 'created' | 'updated';
type Columns = Record<Role, string>;

const COLUMN_OPTIONS: Record<
	Role,
	{ name: string; displayName: string; default: string; holds: string }
> = {
	id: {
		name: 'idColumn',
		displayName: 'ID Column',
		default: 'Id',
		holds: "each record's unique ID",
	},
	created: {
		name: 'createdOnColumn',
		displayName: 'Created On Column',
		default: 'Created On',
		holds: 'when a record was created',
	},
	updated: {
		name: 'updatedOnColumn',
		displayName: 'Updated On Column',
		default: 'Updated On',
		holds: 'when a record was last changed',
	},
};

/** The column names the options give; an empty option means its default. */
function columnsOf(poll: IPollFunctions): Columns {
	const name = (role: Role) => {
		const { name: option, default: fallback } = COLUMN_OPTIONS[role];
		return String(poll.getNodeParameter(`options.${option}`, fallback) ?? '').trim() || fallback;
	};
	return { id: name('id'), created: name('created'), updated: name('updated') };
}

/** The columns an event reads: the instant's column, and for New or Updated the fallback for empty cells. */
function rolesOf(event: string): Role[] {
	return event === 'created' ? ['id', 'created'] : ['id', 'updated', 'created'];
}

/** The export's header for `wanted`: exact, else the one that differs only in case or spaces (typed by hand). */
function findColumn(present: string[], wanted: string): string | undefined {
	if (present.includes(wanted)) return wanted;
	const folded = wanted.toLowerCase();
	return present.find((name) => name.trim().toLowerCase() === folded);
}

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(' and ');

function missingColumns(
	ctx: IExecuteSingleFunctions,
	def: ExportDef,
	missing: Array<{ role: Role; name: string }>,
	present: string[],
	view: string | undefined,
	createdColumn: string | undefined,
): NodeOperationError {
	const names = missing.map((m) => m.name);
	const setOptions = missing
		.map(
			(m) =>
				`Options → '${COLUMN_OPTIONS[m.role].displayName}' to the export's column that holds ${COLUMN_OPTIONS[m.role].holds}`,
		)
		.join(' and ');
	const viewFix = !def.takesView
		? ' This export takes no list view, so it cannot be given more columns here.'
		: view
			? ` Or set 'View ID' to a list view that includes ${quoted(names)} (in smenso: the view's column settings, then copy its API link), or clear 'View ID' to use the export's default columns.`
			: ` Or set 'View ID' to a list view that includes ${quoted(names)} (in smenso: the view's column settings, then copy its API link).`;
	// Without a time of change, "New" still works when the export knows when records were created.
	const eventFix =
		missing.some((m) => m.role === 'updated') && createdColumn
			? ` Or use the event 'New': the export has "${createdColumn}".`
			: '';
	return new NodeOperationError(
		ctx.getNode(),
		`The smenso ${def.title} export has no column${names.length > 1 ? 's' : ''} ${quoted(names)}. Its columns: ${present.join(', ')}`,
		{ description: `Set ${setOptions} (one of those listed).${viewFix}${eventFix}` },
	);
}

function instantOf(
	ctx: IExecuteSingleFunctions,
	row: IDataObject,
	column: string,
	role: Role,
	idColumn: string,
): number {
	const text = String(row[column] ?? '').trim();
	const parsed = DateTime.fromFormat(text, DATE_TIME_FORMAT, { zone: EXPORT_ZONE });
	if (!parsed.isValid) {
		throw new NodeOperationError(
			ctx.getNode(),
			`smenso sent a "${column}" the trigger cannot read: ${JSON.stringify(row[column] ?? null)} (row ${String(row[idColumn])})`,
			{
				description: `The trigger asks for lang=${REPORT_LANGUAGE} and time zone ${EXPORT_ZONE} and expects ${DATE_TIME_FORMAT}. If "${column}" holds no such date-times, set Options → '${COLUMN_OPTIONS[role].displayName}' to a column that does.`,
			},
		);
	}
	return parsed.toMillis();
}

/**
 * The row's event instant. "New or Updated" uses the Updated On column; a row whose Updated On
 * is empty (never changed) counts from its Created On column.
 */
function stampRows(
	ctx: IExecuteSingleFunctions,
	def: ExportDef,
	rows: IDataObject[],
	event: string,
	columns: Columns,
	view: string | undefined,
): PolledRecord[] {
	// An empty export has no header to check; the first poll that sees rows checks it.
	if (!rows.length) return [];
	const present = Object.keys(rows[0]);
	const timeRole: Role = event === 'created' ? 'created' : 'updated';
	const id = findColumn(present, columns.id);
	const time = findColumn(present, columns[timeRole]);
	const created = findColumn(present, columns.created);
	if (id === undefined || time === undefined) {
		const missing: Role[] = [
			...(id === undefined ? ['id' as const] : []),
			...(time === undefined ? [timeRole] : []),
		];
		throw missingColumns(
			ctx,
			def,
			missing.map((role) => ({ role, name: columns[role] })),
			present,
			view,
			created,
		);
	}
	return rows.map((row) => {
		const empty = String(row[time] ?? '').trim() === '';
		const fallback = empty && timeRole === 'updated' && created !== undefined;
		const at = fallback
			? instantOf(ctx, row, created, 'created', id)
			: instantOf(ctx, row, time, timeRole, id);
		return { id: String(row[id]), at, json: row };
	});
}

/** The smenso trigger's rows, read as its parameters say. */
export async function smensoPollSource(poll: IPollFunctions): Promise<PollSource> {
	const resource = poll.getNodeParameter('resource') as Resource;
	const event = poll.getNodeParameter('event') as 'created' | 'updated';
	const def = EXPORTS[resource];
	const startFrom = startFromOf(poll);
	const ctx = asItemContext(poll);
	const view = def.takesView ? viewIdOf(ctx) : undefined;
	const columns = columnsOf(poll);
	// Other columns give other instants and IDs: a cursor kept from the old ones would not fit.
	const roles = rolesOf(event);
	const custom = roles.some((role) => columns[role] !== COLUMN_OPTIONS[role].default);
	const columnKey = custom ? [JSON.stringify(roles.map((role) => columns[role]))] : [];
	const query: IDataObject = {
		format: 'JSON',
		lang: REPORT_LANGUAGE,
		timezone: EXPORT_ZONE,
		...def.query(poll),
		...(view ? { view } : {}),
	};

	return {
		key: [resource, event, def.scope(poll), startFrom ?? '', ...columnKey].join('|'),
		noun: def.noun,
		startFrom,
		async read() {
			const baseURL = smensoBaseUrl(await ctx.getCredentials(SMENSO_CREDENTIAL));
			const fetch = await createFetch(ctx, SMENSO_SERVICE, {
				baseURL,
				headers: { Accept: 'application/json', Timezone: EXPORT_ZONE },
			});
			const result = await readPages(
				ctx,
				SMENSO_SERVICE.pager,
				{ method: 'GET', url: def.path(poll), qs: query },
				fetch,
				async (rows) => rows,
			);
			if (!('items' in result)) {
				throw new NodeOperationError(
					ctx.getNode(),
					`smenso's ${def.title} export is not a list of rows`,
					{
						description:
							'The trigger asks for format=JSON and expects an array of rows. Check the Base URL Override of the credential.',
					},
				);
			}
			return stampRows(ctx, def, result.items, event, columns, view);
		},
	};
}
