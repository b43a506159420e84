import { DateTime } from 'luxon';
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type INodeProperties,
	type IPollFunctions,
} from 'n8n-workflow';
import { pollEventField, startFromOf, startFromOption, type PolledRecord, type PollSource } from '../../shared/pollCursor';
import { asItemContext } from '../../shared/sender';
import { createFetch, readPages } from '../../shared/transport';
import { REPORT_LANGUAGE, viewField, viewIdOf } from '../resources/report/fields';
import { smensoBaseUrl } from '../shared/baseUrl';
import { SMENSO_CREDENTIAL, SMENSO_SERVICE } from '../shared/transport';

/*
 * smenso has no webhooks and its lists have no paging, sorting or modified-since filter. The
 * Reporting API exports carry "Created On" and "Updated On" date-times, so the trigger reads one
 * export per poll (the fewest requests possible) and compares those columns with its cursor.
 * The export is the whole data set every time: its size grows with the workspace.
 */

/** The exports are read in UTC so their date-times (dd.MM.yyyy HH:mm:ss, no zone) are instants. */
const EXPORT_ZONE = 'UTC';
const DATE_TIME_FORMAT = 'dd.MM.yyyy HH:mm:ss';

const COLUMNS = { id: 'Id', created: 'Created On', updated: 'Updated On' } as const;

type Resource = 'absence' | 'project' | 'task' | 'timeRecord';

interface ExportDef {
	noun: string;
	/** The export's name in messages. */
	title: string;
	path: (ctx: IPollFunctions) => string;
	query: (ctx: IPollFunctions) => IDataObject;
	/** Which parameter narrows the export; part of the cursor's key. */
	scope: (ctx: IPollFunctions) => string;
	/** Whether the export takes a list view (that chooses its columns). */
	takesView: boolean;
}

const projects = (ctx: IPollFunctions) => String(ctx.getNodeParameter('projects', 'all'));
const mode = (ctx: IPollFunctions) => String(ctx.getNodeParameter('mode', 'all'));

const EXPORTS: Record<Resource, ExportDef> = {
	absence: {
		noun: 'absences',
		title: 'absences',
		path: (ctx) => `/api/reports/absences/${encodeURIComponent(mode(ctx))}`,
		query: () => ({}),
		scope: mode,
		takesView: false,
	},
	project: {
		noun: 'projects',
		title: 'projects',
		path: () => '/api/reports/projects',
		query: (ctx) => ({ filter: projects(ctx) }),
		scope: projects,
		takesView: true,
	},
	task: {
		noun: 'tasks',
		title: 'tasks (all projects)',
		path: () => '/api/reports/tasks/filtered',
		query: (ctx) => ({ globalProjectsFilter: projects(ctx) }),
		scope: projects,
		takesView: false,
	},
	timeRecord: {
		noun: 'time records',
		title: 'time records',
		path: (ctx) => `/api/reports/times/${encodeURIComponent(mode(ctx))}`,
		query: () => ({}),
		scope: mode,
		takesView: true,
	},
};

export const smensoPollProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		default: 'task',
		options: [
			{ name: 'Absence', value: 'absence', description: 'Absences of the members (absences export)' },
			{ name: 'Project', value: 'project', description: 'Projects (projects export)' },
			{ name: 'Task', value: 'task', description: 'Tasks of all selected projects (tasks export)' },
			{ name: 'Time Record', value: 'timeRecord', description: 'Recorded time (time records export)' },
		],
	},
	pollEventField('"Created On" column', '"Updated On" column'),
	{
		displayName:
			'Each poll downloads the whole export once (smenso offers no paging or changed-since filter): one request, but its size grows with the data of the workspace.',
		name: 'exportNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Projects',
		name: 'projects',
		type: 'options',
		default: 'all',
		displayOptions: { show: { resource: ['project', 'task'] } },
		description: 'Which projects (or whose tasks) the trigger watches',
		options: [
			{ name: 'Active', value: 'active', description: 'Projects that are not archived' },
			{ name: 'All', value: 'all', description: 'Active and archived projects' },
			{ name: 'Archived', value: 'archived', description: 'Archived projects only' },
		],
	},
	{
		displayName: 'Records Of',
		name: 'mode',
		type: 'options',
		default: 'all',
		displayOptions: { show: { resource: ['absence', 'timeRecord'] } },
		description: 'Whose records the trigger watches',
		options: [
			{ name: 'All Members', value: 'all', description: 'Every record the token user may see' },
			{ name: 'Token User Only', value: 'my', description: 'Only the records of the user who created the API token' },
		],
	},
	{
		...viewField,
		description:
			'The saved list view whose columns the export contains (its GUID, or the API link from its share dialog). It must include the columns Id and "Created On" (event New) or "Updated On" (event New or Updated). Leave empty for the default columns.',
		displayOptions: { show: { resource: ['project', 'timeRecord'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [startFromOption],
	},
];

function missingColumn(ctx: IExecuteSingleFunctions, def: ExportDef, column: string, event: string): NodeOperationError {
	const fix = def.takesView
		? `Set 'View ID' to a list view that includes the columns ${COLUMNS.id} and ${column} (in smenso: the view's column settings, then copy its API link), or clear 'View ID' to use the export's default columns.`
		: `This export takes no list view, so its columns cannot be chosen here.${
				event === 'updated' ? ` Use the event 'New' if it has a "${COLUMNS.created}" column.` : ''
			} The smenso node's Report resource shows which columns your workspace exports.`;
	return new NodeOperationError(ctx.getNode(), `The smenso ${def.title} export has no "${column}" column`, {
		description: `The trigger needs the columns ${COLUMNS.id} and "${column}" to tell which rows are new. ${fix}`,
	});
}

function instantOf(ctx: IExecuteSingleFunctions, row: IDataObject, column: string): number {
	const text = String(row[column] ?? '').trim();
	const parsed = DateTime.fromFormat(text, DATE_TIME_FORMAT, { zone: EXPORT_ZONE });
	if (!parsed.isValid) {
		throw new NodeOperationError(
			ctx.getNode(),
			`smenso sent a "${column}" the trigger cannot read: ${JSON.stringify(row[column] ?? null)} (row ${String(row[COLUMNS.id])})`,
			{ description: `The trigger asks for lang=${REPORT_LANGUAGE} and time zone ${EXPORT_ZONE} and expects ${DATE_TIME_FORMAT}.` },
		);
	}
	return parsed.toMillis();
}

/**
 * The row's event instant. "New or Updated" uses "Updated On"; a row whose "Updated On" is
 * empty (never changed) counts from its "Created On".
 */
function stampRows(ctx: IExecuteSingleFunctions, def: ExportDef, rows: IDataObject[], event: string): PolledRecord[] {
	if (!rows.length) return [];
	const column = event === 'created' ? COLUMNS.created : COLUMNS.updated;
	for (const needed of [COLUMNS.id, column]) {
		if (!(needed in rows[0])) throw missingColumn(ctx, def, needed, event);
	}
	return rows.map((row) => {
		const empty = String(row[column] ?? '').trim() === '';
		const source = empty && column === COLUMNS.updated && COLUMNS.created in row ? COLUMNS.created : column;
		return { id: String(row[COLUMNS.id]), at: instantOf(ctx, row, source), json: row };
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
	const query: IDataObject = {
		format: 'JSON',
		lang: REPORT_LANGUAGE,
		timezone: EXPORT_ZONE,
		...def.query(poll),
		...(view ? { view } : {}),
	};

	return {
		key: [resource, event, def.scope(poll), startFrom ?? ''].join('|'),
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
				throw new NodeOperationError(ctx.getNode(), `smenso's ${def.title} export is not a list of rows`, {
					description: 'The trigger asks for format=JSON and expects an array of rows. Check the Base URL Override of the credential.',
				});
			}
			return stampRows(ctx, def, result.items, event);
		},
	};
}
