/**
 * Live checks for smenso: each one settles an assumption of README "What the sandbox assumes".
 * Reads need only a token; task reads need SMENSO_TEST_PROJECT; writes (LIVE_WRITES=1) stay in
 * that project, except the optional project-from-template check (SMENSO_TEST_TEMPLATE), whose
 * project is deleted again. Everything created carries the kit's name prefix.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { SmensoIntegrationApi } from '../../credentials/SmensoIntegrationApi.credentials';
import { Smenso } from '../../nodes/Smenso/Smenso.node';
import { smensoBaseUrl } from '../../nodes/Smenso/shared/baseUrl';
import { kindOf } from '../../nodes/Smenso/shared/flavors';
import { teamOptions } from '../../nodes/Smenso/shared/teams';
import { statusOf, ticketIdOf, ticketState } from '../../nodes/Smenso/shared/tickets';
import type { LiveConfig, SmensoLiveConfig } from './config';
import {
	brief,
	describeError,
	expectThat,
	LiveContext,
	Skip,
	type Check,
	type ServiceKit,
	type WireAnswer,
} from './kit';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const API = '/api/integration';
/** Where a subtask list may sit in a task answer; the node lifts all three. */
const SUBTASK_KEYS = ['subTasks', 'subtasks', 'children'];

export class SmensoLive extends LiveContext {
	/** First pause between ticket polls (LIVE_POLL_SECONDS), else the node's default. */
	readonly pollSeconds?: number;

	constructor(
		readonly config: SmensoLiveConfig,
		live: LiveConfig,
	) {
		super(
			smensoBaseUrl(config.credential),
			(token) => ({ Authorization: `Basic ${token}` }),
			config.credential.apiToken,
			{
				type: new Smenso(),
				credentialType: new SmensoIntegrationApi(),
				credential: config.credential,
			},
			live.writes,
			live.prefix,
		);
		this.pollSeconds = live.pollSeconds;
	}

	/** The test project, or skip. */
	project(): string {
		if (!this.config.testProject) throw new Skip('needs SMENSO_TEST_PROJECT');
		return this.config.testProject;
	}

	/** Node options for writes: the run's poll pause, if set. */
	writeOptions(extra: IDataObject = {}): INodeParameters {
		return {
			...(this.pollSeconds ? { pollIntervalSeconds: this.pollSeconds } : {}),
			...extra,
		} as INodeParameters;
	}

	/** A node write; its single output item. */
	async write(parameters: INodeParameters): Promise<IDataObject> {
		const [out] = await this.json({
			...parameters,
			options: this.writeOptions(parameters.options as IDataObject),
		});
		return out;
	}

	/** A value an earlier check left, or skip naming that check. */
	needs<T>(key: string, check: string): T {
		if (!this.shared.has(key)) throw new Skip(`needs what ${check} creates`);
		return this.shared.get(key) as T;
	}

	/** A raw GET that must answer 200 with JSON. */
	async getJson(path: string, query?: Record<string, string>): Promise<unknown> {
		const answer = await this.raw('GET', path, { query });
		expectThat(
			answer.status === 200,
			`GET ${path} answered ${answer.status}: ${brief(answer.body)}`,
		);
		return answer.body;
	}

	/** The test project's tasks as smenso sends them. */
	async tasks(): Promise<IDataObject[]> {
		const body = await this.getJson(`${API}/task/json/${encodeURIComponent(this.project())}`);
		expectThat(Array.isArray(body), `the task list is not an array: ${brief(body)}`);
		return body as IDataObject[];
	}

	/** One task with its subtasks (the path smenso's node uses). */
	async task(id: string): Promise<IDataObject> {
		return (await this.getJson(
			`${API}/task/json/${encodeURIComponent(this.project())}/${encodeURIComponent(id)}`,
		)) as IDataObject;
	}

	/** Deletes a record through the node (waits for smenso's ticket); 404 means already gone. */
	async remove(parameters: INodeParameters): Promise<void> {
		const result = await this.run({ ...parameters, options: this.writeOptions() });
		if (result.error && !/404|not found/i.test(describeError(result.error)))
			throw new Error(describeError(result.error));
	}

	/**
	 * The final answer of a raw write: the body of a 200, or the last status of its ticket, polled
	 * as the node does (doubling pauses, here up to 5 s and 20 polls).
	 */
	async settle(answer: WireAnswer): Promise<{ final: unknown; ticket?: string; polls: number }> {
		expectThat(
			answer.status === 200 || answer.status === 202,
			`answered ${answer.status}: ${brief(answer.body)}`,
		);
		const ticket = answer.status === 202 ? ticketIdOf(answer.body) : ticketIdOf(answer.body, true);
		if (answer.status === 202)
			expectThat(ticket, `a 202 without a ticket ID: ${brief(answer.body)}`);
		let final = answer.body;
		let polls = 0;
		for (let delay = this.pollSeconds ?? 1; ticket; delay = Math.min(delay * 2, 5)) {
			await new Promise((resolve) => setTimeout(resolve, delay * 1000));
			const poll = await this.raw('GET', `${API}/status/json/${encodeURIComponent(ticket)}`);
			polls++;
			expectThat(
				poll.status === 200,
				`ticket ${ticket} answered ${poll.status}: ${brief(poll.body)}`,
			);
			final = poll.body;
			if (ticketState(final) !== 'pending') break;
			expectThat(polls < 20, `ticket still ${String(statusOf(final))} after ${polls} polls`);
		}
		return { final, ticket, polls };
	}

	/** The created record's ID in a final answer (the item with `tempId`, or the only one). */
	createdId(final: unknown, tempId?: string): string | undefined {
		const list = resultList(final);
		const item = list
			? (list.find((i) => (i.tempId ?? i.TempId) === tempId) ?? list[0])
			: (final as IDataObject);
		const id =
			item && typeof item === 'object' ? idOf(item) : typeof final === 'string' ? final : undefined;
		return typeof id === 'string' && GUID.test(id) ? id : undefined;
	}

	trackTask(id: string, title: string): void {
		this.track(`task ${title} (${id})`, () =>
			this.remove({ resource: 'task', operation: 'delete', taskId: byId(id) }),
		);
	}
}

export function openSmenso(config: SmensoLiveConfig, live: LiveConfig): SmensoLive {
	return new SmensoLive(config, live);
}

function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}

/** yyyy-MM-dd of a date as smenso may send it (yyyy-MM-dd, dd.MM.yyyy, ISO date-time). */
function dayOf(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	for (const parse of [
		(v: string) => DateTime.fromISO(v, { setZone: true }),
		(v: string) => DateTime.fromFormat(v, 'dd.MM.yyyy'),
	]) {
		const date = parse(value);
		if (date.isValid) return date.toISODate() ?? undefined;
	}
	return undefined;
}

/** The fields of a record whose name contains one of `words`, for a failure message. */
function fieldsLike(record: IDataObject, words: RegExp): string {
	const found = Object.entries(record).filter(([key]) => words.test(key));
	return found.length
		? found.map(([key, value]) => `${key}=${brief(value, 40)}`).join(', ')
		: 'none';
}

/** A result list of a write answer: an array, `items` or `results` (any casing). */
function resultList(body: unknown): IDataObject[] | undefined {
	if (Array.isArray(body)) return body as IDataObject[];
	if (!body || typeof body !== 'object') return undefined;
	const data = body as IDataObject;
	const list = data.items ?? data.Items ?? data.results ?? data.Results;
	return Array.isArray(list) ? (list as IDataObject[]) : undefined;
}

const idOf = (record: IDataObject | undefined) =>
	(record ? (record.id ?? record.Id) : undefined) as string | undefined;

/** The rows of a CSV export's header line. */
async function exportColumns(ctx: SmensoLive, parameters: INodeParameters): Promise<string[]> {
	const result = await ctx.run({
		resource: 'report',
		outputFormat: 'csv',
		returnAll: true,
		...parameters,
	});
	if (result.error) throw new Error(`the export failed: ${describeError(result.error)}`);
	const binary = result.items[0]?.binary?.data;
	expectThat(binary, `the export gave no file: ${brief(result.items[0]?.json)}`);
	const text = Buffer.from(binary.data, 'base64')
		.toString('utf8')
		.replace(/^\uFEFF/, '');
	const header = text.split(/\r?\n/)[0] ?? '';
	const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
	return header.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, ''));
}

function stampsCheck(
	id: string,
	title: string,
	parameters: INodeParameters,
	needsProject = false,
): Check<SmensoLive> {
	return {
		id,
		title,
		async run(ctx) {
			const columns = await exportColumns(
				ctx,
				needsProject ? { ...parameters, projectId: byId(ctx.project()) } : parameters,
			);
			const missing = ['Created On', 'Updated On'].filter(
				(name) => !columns.some((c) => c.toLowerCase() === name.toLowerCase()),
			);
			expectThat(
				!missing.length,
				`no ${missing.join(' / ')} column; columns: ${brief(columns.join(', '))}`,
			);
			return `columns include Created On and Updated On (${columns.length} columns)`;
		},
	};
}

/** Parses an export date-time (dd.MM.yyyy HH:mm:ss) in UTC (the export was asked for UTC). */
function exportInstant(value: unknown): DateTime | undefined {
	const date = DateTime.fromFormat(String(value ?? ''), 'dd.MM.yyyy HH:mm:ss', { zone: 'UTC' });
	return date.isValid ? date : undefined;
}

const checks: Array<Check<SmensoLive>> = [
	// Reads: the token alone.
	{
		id: 'smenso.lists.array',
		title: 'A list answers one plain JSON array (no paging envelope)',
		async run(ctx) {
			const body = await ctx.getJson(`${API}/project/json`);
			expectThat(Array.isArray(body), `the project list is not an array: ${brief(body)}`);
			const items = await ctx.json({
				resource: 'project',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
			});
			expectThat(
				items.length === body.length,
				`the node returned ${items.length} projects, the list has ${body.length}`,
			);
			return `${body.length} projects in one array; the node returned all of them`;
		},
	},
	{
		id: 'smenso.project.archived',
		title: 'Projects carry an `archived` flag',
		async run(ctx) {
			const list = (await ctx.getJson(`${API}/project/json`)) as IDataObject[];
			if (!list.length) throw new Skip('the workspace has no projects');
			const without = list.filter((p) => typeof p.archived !== 'boolean');
			expectThat(
				!without.length,
				`${without.length} of ${list.length} projects have no boolean archived; fields: ${brief(Object.keys(without[0] ?? {}).join(', '))}`,
			);
			return `all ${list.length} projects have archived (${list.filter((p) => p.archived).length} true)`;
		},
	},
	{
		id: 'smenso.member.fields',
		title: 'Members carry a GUID, an e-mail and a name',
		async run(ctx) {
			const list = (await ctx.getJson(`${API}/settings/member/json`)) as IDataObject[];
			expectThat(Array.isArray(list) && list.length, `no member list: ${brief(list)}`);
			const bad = list.filter(
				(m) =>
					!GUID.test(String(m.id)) ||
					typeof m.email !== 'string' ||
					!(m.displayName || m.firstName || m.lastName),
			);
			expectThat(
				!bad.length,
				`${bad.length} of ${list.length} members lack id/email/name; fields: ${brief(Object.keys(bad[0] ?? {}).join(', '))}`,
			);
			return `${list.length} members with id, email and a name`;
		},
	},
	{
		id: 'smenso.flavor.fields',
		title: 'Custom fields carry a title and a type the node recognises',
		async run(ctx) {
			const list = (await ctx.getJson(`${API}/flavor/json`)) as IDataObject[];
			expectThat(Array.isArray(list), `no flavor list: ${brief(list)}`);
			if (!list.length) throw new Skip('the workspace has no custom fields');
			const bad = list.filter((f) => typeof f.title !== 'string' || f.type === undefined);
			expectThat(
				!bad.length,
				`${bad.length} of ${list.length} flavors lack title/type; fields: ${brief(Object.keys(bad[0] ?? {}).join(', '))}`,
			);
			const types = [...new Set(list.map((f) => String(f.type)))];
			const unknown = types.filter(
				(type) =>
					kindOf(type) === 'asIs' &&
					!/text|string|select|single|option|list|member|user/i.test(type),
			);
			expectThat(
				!unknown.length,
				`types the node does not recognise (values go as entered): ${unknown.join(', ')}`,
			);
			return `${list.length} flavors; types: ${types.join(', ')}`;
		},
	},
	{
		id: 'smenso.absenceType.ids',
		title: 'Absence type IDs are GUIDs or numbers',
		async run(ctx) {
			const list = (await ctx.getJson(`${API}/settings/absencetypes/json`)) as IDataObject[];
			expectThat(Array.isArray(list), `no absence type list: ${brief(list)}`);
			const bad = list.filter((t) => !GUID.test(String(t.id)) && !/^\d+$/.test(String(t.id)));
			expectThat(!bad.length, `IDs that are neither: ${brief(bad.map((t) => t.id))}`);
			return `${list.length} absence types; IDs like ${brief(list[0]?.id ?? 'none')}`;
		},
	},
	{
		id: 'smenso.ticket.unknown',
		title: 'An unknown ticket ID answers 404',
		async run(ctx) {
			const answer = await ctx.raw('GET', `${API}/status/json/${randomUUID()}`);
			expectThat(answer.status === 404, `answered ${answer.status}: ${brief(answer.body)}`);
			return `404 ${brief(answer.body, 80)}`;
		},
	},
	{
		id: 'smenso.errors.notFound',
		title: 'An unknown project answers 404 with a body the node shows',
		async run(ctx) {
			const id = randomUUID();
			const answer = await ctx.raw('GET', `${API}/project/json/${id}`);
			expectThat(answer.status === 404, `answered ${answer.status}: ${brief(answer.body)}`);
			const result = await ctx.run({ resource: 'project', operation: 'get', projectId: byId(id) });
			expectThat(result.error, 'the node returned items for an unknown project');
			expectThat(
				/404|not found/i.test(describeError(result.error)),
				`the node's error does not say not found: ${describeError(result.error)}`,
			);
			return `404 ${brief(answer.body, 80)}; node: ${brief(result.error.message, 80)}`;
		},
	},
	{
		id: 'smenso.absence.list',
		title: 'The absence list answers every absence in one array (the node filters after reading)',
		async run(ctx) {
			const body = await ctx.getJson(`${API}/absence/json`);
			expectThat(Array.isArray(body), `not an array: ${brief(body)}`);
			return `${body.length} absences in one array`;
		},
	},
	{
		id: 'smenso.export.options',
		title: 'Export `headers` narrows the columns to those named; `filter` narrows the rows',
		async run(ctx) {
			const rows = await ctx.json({
				resource: 'report',
				operation: 'exportProjects',
				filter: 'all',
				returnAll: true,
				options: { headers: 'Title,Created On' },
			});
			if (!rows.length) throw new Skip('the projects export has no rows');
			const columns = Object.keys(rows[0]);
			expectThat(
				columns.length === 2 && columns.includes('Title') && columns.includes('Created On'),
				`headers=Title,Created On gave columns ${brief(columns.join(', '))}`,
			);
			const active = await ctx.json({
				resource: 'report',
				operation: 'exportProjects',
				filter: 'active',
				returnAll: true,
				options: { headers: 'Title' },
			});
			expectThat(
				active.length <= rows.length,
				`filter=active gave ${active.length} rows, filter=all ${rows.length}`,
			);
			return `headers → ${columns.join(', ')}; filter all ${rows.length} rows, active ${active.length}`;
		},
	},
	{
		id: 'smenso.attachment.projectOnly',
		title:
			"projectOnly=true lists only the project's own files, false adds its tasks' and status reports'",
		async run(ctx) {
			const path = `${API}/attachment/project/json/${encodeURIComponent(ctx.project())}`;
			const only = await ctx.getJson(path, { projectOnly: 'true' });
			const all = await ctx.getJson(path, { projectOnly: 'false' });
			expectThat(
				Array.isArray(only) && Array.isArray(all),
				`not lists: ${brief(only)} / ${brief(all)}`,
			);
			expectThat(
				only.length <= all.length,
				`projectOnly=true gave ${only.length} files, false ${all.length}: smenso reads it the other way round`,
			);
			const differs = only.length < all.length;
			return `true ${only.length}, false ${all.length}${differs ? '' : ' (the same: the project has no task or status report files, so this does not tell the readings apart)'}`;
		},
	},
	{
		id: 'smenso.attachment.fields',
		title: 'Attachment list items carry id, fileName, contentType, size, taskId, statusReportId',
		async run(ctx) {
			const list = (await ctx.getJson(
				`${API}/attachment/project/json/${encodeURIComponent(ctx.project())}`,
				{ projectOnly: 'false' },
			)) as IDataObject[];
			if (!list.length) throw new Skip('the test project has no attachments');
			const expected = ['id', 'fileName', 'contentType', 'size', 'taskId', 'statusReportId'];
			const missing = expected.filter((key) => !list.every((item) => key in item));
			expectThat(
				!missing.length,
				`missing ${missing.join(', ')}; fields: ${brief(Object.keys(list[0]).join(', '))}`,
			);
			return `${list.length} files with ${expected.join(', ')}`;
		},
	},
	{
		id: 'smenso.attachment.download',
		title:
			"A download answers the file's bytes with Content-Type and a Content-Disposition file name",
		async run(ctx) {
			const list = (await ctx.getJson(
				`${API}/attachment/project/json/${encodeURIComponent(ctx.project())}`,
				{ projectOnly: 'false' },
			)) as IDataObject[];
			const first = list.find((item) => GUID.test(String(item.id)));
			if (!first) throw new Skip('the test project has no attachments');
			const answer = await ctx.raw('GET', `${API}/attachment/json/${String(first.id)}`);
			expectThat(answer.status === 200, `answered ${answer.status}: ${brief(answer.body)}`);
			const result = await ctx.run({
				resource: 'attachment',
				operation: 'download',
				attachmentId: String(first.id),
			});
			if (result.error) throw new Error(`the node failed: ${describeError(result.error)}`);
			const [item] = result.items;
			expectThat(
				item.binary?.data,
				`no file but data: ${brief(item.json)} (Content-Type ${answer.headers['content-type'] ?? 'none'})`,
			);
			expectThat(
				answer.headers['content-disposition'],
				`no Content-Disposition; the node named the file ${String(item.json.fileName)}`,
			);
			return `${String(item.json.fileName)} (${String(item.json.mimeType)}, ${String(item.json.fileSize)} bytes); Content-Disposition: ${brief(answer.headers['content-disposition'], 80)}`;
		},
	},
	{
		id: 'smenso.attachment.delete',
		title: 'Deleting an unknown attachment answers 404 (the kit cannot upload a file to delete)',
		writes: true,
		async run(ctx) {
			const answer = await ctx.raw('DELETE', `${API}/attachment/json/${randomUUID()}`);
			expectThat(answer.status === 404, `answered ${answer.status}: ${brief(answer.body)}`);
			return `404 ${brief(answer.body, 80)}`;
		},
	},
	{
		id: 'smenso.export.teams',
		title: 'The teams export (JSON, en-US) has an ID and a name column the team picker reads',
		async run(ctx) {
			const rows = (await ctx.getJson('/api/reports/teams', {
				format: 'JSON',
				lang: 'en-US',
			})) as IDataObject[];
			expectThat(Array.isArray(rows), `not a list of rows: ${brief(rows)}`);
			if (!rows.length) throw new Skip('the workspace has no teams');
			const options = teamOptions(rows);
			const columns = Object.keys(rows[0]).join(', ');
			expectThat(
				options.length === rows.length &&
					options.every((o) => GUID.test(String(o.value)) && o.name !== o.value),
				`the picker read ${brief(options.slice(0, 3))} from columns ${columns}`,
			);
			return `${rows.length} teams; columns ${brief(columns, 100)}`;
		},
	},
	{
		id: 'smenso.permission.get',
		title: "A project's permissions answer {access, privacy}, each with users and teams",
		async run(ctx) {
			const body = (await ctx.getJson(
				`${API}/permissions/project/json/${encodeURIComponent(ctx.project())}`,
			)) as IDataObject;
			const shaped = (part: unknown) =>
				!!part &&
				typeof part === 'object' &&
				Array.isArray((part as IDataObject).users) &&
				Array.isArray((part as IDataObject).teams);
			expectThat(shaped(body?.access) && shaped(body?.privacy), `answered ${brief(body)}`);
			return brief(body, 120);
		},
	},
	{
		id: 'smenso.workingTime.list',
		title:
			'Working times list as records with userId, startDate and whole-minute capacities per weekday',
		async run(ctx) {
			const list = (await ctx.getJson(`${API}/settings/member/workingtime/json`)) as IDataObject[];
			expectThat(Array.isArray(list), `not a list: ${brief(list)}`);
			if (!list.length) throw new Skip('the workspace has no working-time periods');
			const days = [
				'monday',
				'tuesday',
				'wednesday',
				'thursday',
				'friday',
				'saturday',
				'sunday',
			].map((day) => `${day}Capacity`);
			const bad = list.filter(
				(w) =>
					!w.id ||
					!w.userId ||
					!dayOf(w.startDate) ||
					days.some((day) => !Number.isInteger(w[day])),
			);
			expectThat(
				!bad.length,
				`${bad.length} of ${list.length} periods differ; fields: ${brief(Object.keys(bad[0] ?? {}).join(', '))}`,
			);
			return `${list.length} periods, e.g. ${brief(list[0], 100)}`;
		},
	},
	{
		id: 'smenso.absenceType.write',
		title:
			'An absence type update without timezoneId reaches smenso: an unknown ID is refused (no setting changes)',
		writes: true,
		async run(ctx) {
			const answer = await ctx.raw('PUT', `${API}/settings/absencetype/json`, {
				body: { absenceType: [{ id: randomUUID(), title: `${ctx.prefix} absence type` }] },
			});
			if (answer.status >= 400) {
				expectThat(
					answer.status === 404 || answer.status === 400,
					`answered ${answer.status}: ${brief(answer.body)}`,
				);
				return `${answer.status} ${brief(answer.body, 100)}`;
			}
			const { final } = await ctx.settle(answer);
			const item = resultList(final)?.[0] ?? (final as IDataObject);
			expectThat(
				(item?.success ?? item?.Success) === false,
				`an unknown absence type was accepted: ${brief(final)}`,
			);
			return `${answer.status}, item failed: ${brief(item.messages ?? item.Messages, 100)}`;
		},
	},
	{
		id: 'smenso.invite.validation',
		title:
			'An invitation with an address that is no e-mail is refused with 400 (the kit sends no real invitation)',
		writes: true,
		async run(ctx) {
			const answer = await ctx.raw('POST', `${API}/workspace/invite/members/json`, {
				body: {
					invites: [{ email: 'n8n-live-check-not-an-address', role: 'member', locale: 'en' }],
				},
			});
			expectThat(answer.status === 400, `answered ${answer.status}: ${brief(answer.body)}`);
			return `400 ${brief(answer.body, 100)}`;
		},
	},
	{
		id: 'smenso.flavor.delete',
		title: 'Deleting an unknown custom field answers 404 (the kit deletes no real field)',
		writes: true,
		async run(ctx) {
			const answer = await ctx.raw('DELETE', `${API}/flavor/json/${randomUUID()}`);
			expectThat(answer.status === 404, `answered ${answer.status}: ${brief(answer.body)}`);
			return `404 ${brief(answer.body, 80)}`;
		},
	},
	stampsCheck(
		'smenso.export.projects.stamps',
		'The projects export has Created On and Updated On columns',
		{ operation: 'exportProjects', filter: 'all' },
	),
	stampsCheck(
		'smenso.export.times.stamps',
		'The times export has Created On and Updated On columns',
		{ operation: 'exportTimes', mode: 'all' },
	),
	stampsCheck(
		'smenso.export.absences.stamps',
		'The absences export has Created On and Updated On columns',
		{ operation: 'exportAbsences', mode: 'all' },
	),
	stampsCheck(
		'smenso.export.tasks.stamps',
		'The tasks export (one project) has Created On and Updated On columns',
		{ operation: 'exportTasks', scope: 'project' },
		true,
	),

	// Writes inside SMENSO_TEST_PROJECT.
	{
		id: 'smenso.write.taskCreate',
		title: 'A single-item task create answers 200 or 202 and the node returns the task ID',
		writes: true,
		async run(ctx) {
			const title = `${ctx.prefix} task`;
			const due = DateTime.utc().plus({ days: 30 }).toISODate()!;
			const externalId = `n8n-live-${randomUUID().slice(0, 8)}`;
			const out = await ctx.write({
				resource: 'task',
				operation: 'create',
				projectId: byId(ctx.project()),
				title,
				additionalFields: {
					startDate: DateTime.utc().toISODate()!,
					dueDate: due,
					plannedEffort: 2.5,
					externalId,
				},
				options: { noFeed: true },
			});
			expectThat(
				typeof out.id === 'string' && GUID.test(out.id),
				`the node returned no task ID: ${brief(out)}`,
			);
			ctx.trackTask(out.id, title);
			ctx.shared.set('task', { id: out.id, due, externalId });
			return `${out.ticketId ? '202 + ticket' : '200 (synchronous)'}; id ${out.id}; status ${String(out.status)}`;
		},
	},
	{
		id: 'smenso.ticket.shape',
		title: "A write's answer (or its ticket's final status) names the item's id and success",
		writes: true,
		async run(ctx) {
			const title = `${ctx.prefix} raw task`;
			const answer = await ctx.raw('POST', `${API}/task/json`, {
				body: { projectId: ctx.project(), task: [{ title, tempId: 'live-1' }] },
			});
			const { final, ticket, polls } = await ctx.settle(answer);
			const id = ctx.createdId(final, 'live-1');
			if (id) ctx.trackTask(id, title);
			expectThat(id, `no item id in ${brief(final)}`);
			const list = resultList(final);
			const item = list
				? (list.find((i) => (i.tempId ?? i.TempId) === 'live-1') ?? list[0])
				: (final as IDataObject);
			const success = item.success ?? item.Success;
			expectThat(
				success === true || success === undefined,
				`success is ${String(success)}: ${brief(final)}`,
			);
			return `${answer.status}${ticket ? ` + ticket, final status ${String(statusOf(final))} after ${polls} polls` : ''}; keys ${brief(Object.keys(list ? (final as IDataObject) : item).join(', '), 60)}${list ? `; item keys ${brief(Object.keys(item).join(', '), 60)}` : ''}`;
		},
	},
	{
		id: 'smenso.bulk.tempIds',
		title:
			'A write of two items (Send in Bulk) answers one result per item, each naming its tempId',
		writes: true,
		async run(ctx) {
			const titles = [`${ctx.prefix} bulk a`, `${ctx.prefix} bulk b`];
			const answer = await ctx.raw('POST', `${API}/task/json`, {
				body: {
					projectId: ctx.project(),
					task: titles.map((title, i) => ({ title, tempId: `live-bulk-${i}` })),
				},
			});
			const { final, ticket } = await ctx.settle(answer);
			const list = resultList(final) ?? [];
			titles.forEach((title, i) => {
				const id = ctx.createdId(final, `live-bulk-${i}`);
				if (id && list.some((item) => (item.tempId ?? item.TempId) === `live-bulk-${i}`))
					ctx.trackTask(id, title);
			});
			const echoed = list.map((item) => item.tempId ?? item.TempId);
			expectThat(
				list.length === 2 && echoed.includes('live-bulk-0') && echoed.includes('live-bulk-1'),
				`results ${brief(final)}`,
			);
			return `${answer.status}${ticket ? ' + one ticket' : ''}; results for ${echoed.join(', ')}`;
		},
	},
	{
		id: 'smenso.task.dueDate',
		title: 'A task created with Due Date reads back with that due date (dueDate)',
		writes: true,
		async run(ctx) {
			const { id, due } = ctx.needs<{ id: string; due: string }>('task', 'smenso.write.taskCreate');
			const task = await ctx.task(id);
			expectThat(
				dayOf(task.dueDate) === due,
				`sent dueDate ${due}; read back dueDate=${brief(task.dueDate ?? 'missing')}; date fields: ${fieldsLike(task, /date|due/i)}`,
			);
			return `dueDate ${String(task.dueDate)}`;
		},
	},
	{
		id: 'smenso.task.plannedEffort',
		title: 'Planned Effort (2.5 h, sent as plannedDuration 150 minutes) reads back as 150',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const task = await ctx.task(id);
			expectThat(
				Number(task.plannedDuration) === 150,
				`read back plannedDuration=${brief(task.plannedDuration ?? 'missing')}; fields: ${fieldsLike(task, /plan|effort|duration|hour/i)}`,
			);
			return 'plannedDuration 150';
		},
	},
	{
		id: 'smenso.task.projectId',
		title: 'Task answers name their project (projectId)',
		async run(ctx) {
			const id =
				(ctx.shared.get('task') as { id: string } | undefined)?.id ?? (await ctx.tasks())[0]?.id;
			if (!id) throw new Skip('the test project has no tasks');
			const task = await ctx.task(String(id));
			expectThat(
				task.projectId === ctx.project(),
				`projectId=${brief(task.projectId ?? 'missing')}; fields: ${brief(Object.keys(task).join(', '))}`,
			);
			return 'projectId is the test project';
		},
	},
	{
		id: 'smenso.task.subTasks',
		title: 'A subtask created with Parent Task ID comes nested under its parent (subTasks)',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const title = `${ctx.prefix} subtask`;
			const out = await ctx.write({
				resource: 'task',
				operation: 'create',
				projectId: byId(ctx.project()),
				title,
				additionalFields: { parentId: id },
				options: { noFeed: true },
			});
			expectThat(typeof out.id === 'string', `no subtask ID: ${brief(out)}`);
			ctx.trackTask(out.id, title);
			const parent = await ctx.task(id);
			const key = SUBTASK_KEYS.find(
				(k) =>
					Array.isArray(parent[k]) && (parent[k] as IDataObject[]).some((s) => s.id === out.id),
			);
			const listed = (await ctx.tasks()).find((t) => t.id === out.id);
			expectThat(
				key,
				`the parent's answer does not hold the subtask; fields: ${brief(Object.keys(parent).join(', '))}; the list shows its parentId=${brief(listed?.parentId ?? 'missing')}`,
			);
			expectThat(
				listed?.parentId === id,
				`the task list shows parentId=${brief(listed?.parentId ?? 'missing')}`,
			);
			return `nested under ${key}; the list shows parentId`;
		},
	},
	{
		id: 'smenso.task.appointedPersons',
		title: 'Assignees (appointedPersons) read back',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			if (!ctx.config.testMember)
				throw new Skip('needs SMENSO_TEST_MEMBER (a member the kit may assign)');
			const members = (await ctx.getJson(`${API}/settings/member/json`)) as IDataObject[];
			const member = members.find(
				(m) =>
					m.id === ctx.config.testMember ||
					String(m.email).toLowerCase() === ctx.config.testMember!.toLowerCase(),
			);
			expectThat(member, `SMENSO_TEST_MEMBER is not in the member list`);
			await ctx.write({
				resource: 'task',
				operation: 'update',
				taskId: byId(id),
				updateFields: { assignees: String(member.id) },
				options: { noFeed: true },
			});
			const task = await ctx.task(id);
			const people = task.appointedPersons;
			const list = Array.isArray(people)
				? people.map(String)
				: typeof people === 'string'
					? people.split(',').map((p) => p.trim())
					: [];
			expectThat(
				list.includes(String(member.id)),
				`appointedPersons=${brief(people ?? 'missing')}; fields: ${fieldsLike(task, /person|user|assign|responsible/i)}`,
			);
			ctx.shared.set('member', String(member.id));
			return `appointedPersons ${brief(people)}`;
		},
	},
	{
		id: 'smenso.task.externalId',
		title: 'An update by External ID (id + useExternalId) changes that task',
		writes: true,
		async run(ctx) {
			const { id, externalId } = ctx.needs<{ id: string; externalId: string }>(
				'task',
				'smenso.write.taskCreate',
			);
			const title = `${ctx.prefix} task renamed`;
			ctx.shared.set('updatedAt', DateTime.utc());
			await ctx.write({
				resource: 'task',
				operation: 'update',
				useExternalId: true,
				matchExternalId: externalId,
				updateFields: { title },
				options: { noFeed: true },
			});
			const task = await ctx.task(id);
			expectThat(
				task.title === title,
				`the task's title is ${brief(task.title)} after the update by External ID ${externalId}`,
			);
			return `title changed through External ID ${externalId}`;
		},
	},
	{
		id: 'smenso.task.dependencies',
		title: 'An added predecessor reads back in task.dependencies',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const title = `${ctx.prefix} successor`;
			const out = await ctx.write({
				resource: 'task',
				operation: 'create',
				projectId: byId(ctx.project()),
				title,
				options: { noFeed: true },
			});
			ctx.trackTask(String(out.id), title);
			await ctx.write({
				resource: 'task',
				operation: 'addDependencies',
				taskId: byId(String(out.id)),
				predecessors: { predecessor: [{ taskId: id, type: 'FS', lag: 0 }] },
			});
			const task = await ctx.task(String(out.id));
			const deps = task.dependencies;
			expectThat(
				Array.isArray(deps) && deps.some((d) => (d as IDataObject).taskId === id),
				`dependencies=${brief(deps ?? 'missing')}; fields: ${fieldsLike(task, /depend|pred|succ|link/i)}`,
			);
			return `dependencies ${brief(deps, 80)}`;
		},
	},
	{
		id: 'smenso.permission.body',
		title:
			'Set Access with a member as comma-separated text ({add: {users}}) gives that member access to the task',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const member = ctx.needs<string>('member', 'smenso.task.appointedPersons');
			const out = await ctx.write({
				resource: 'permission',
				operation: 'setAccess',
				target: 'task',
				projectId: byId(ctx.project()),
				taskId: byId(id),
				addUsers: [member],
			});
			expectThat(out.success !== false, `smenso refused: ${brief(out.messages)}`);
			const body = (await ctx.getJson(
				`${API}/permissions/task/json/${encodeURIComponent(id)}`,
			)) as IDataObject;
			expectThat(
				JSON.stringify(body?.access ?? body).includes(member),
				`the task's permissions do not name the member: ${brief(body)}`,
			);
			return `access now ${brief(body?.access ?? body, 100)}`;
		},
	},
	{
		id: 'smenso.permission.includeSubtasks',
		title: 'Remove Access Restrictions on a task with includeSubtasks=true is accepted',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const out = await ctx.write({
				resource: 'permission',
				operation: 'removeAccess',
				target: 'task',
				projectId: byId(ctx.project()),
				taskId: byId(id),
				includeSubtasks: true,
			});
			expectThat(out.success !== false, `smenso refused: ${brief(out.messages)}`);
			return `${String(out.status)}; ${brief(out.messages, 80)}`;
		},
	},
	{
		id: 'smenso.flavor.number',
		title: 'A Number custom field accepts a JSON number',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const flavors = (await ctx.getJson(`${API}/flavor/json`)) as IDataObject[];
			const number = flavors.find((f) => kindOf(f.type) === 'number');
			if (!number) throw new Skip('the workspace has no Number custom field');
			const out = await ctx.write({
				resource: 'task',
				operation: 'update',
				taskId: byId(id),
				customFields: { flavor: [{ target: String(number.title), value: '5' }] },
				options: { noFeed: true },
			});
			expectThat(out.success !== false, `smenso refused: ${brief(out.messages)}`);
			const task = await ctx.task(id);
			return `'${String(number.title)}' = 5 accepted${JSON.stringify(task).includes(String(number.id)) ? '; the task answer shows the flavor' : ''}`;
		},
	},
	{
		id: 'smenso.timeRecord.fields',
		title: 'A time record reads back with its description and projectId',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const member = ctx.needs<string>('member', 'smenso.task.appointedPersons');
			const description = `${ctx.prefix} time`;
			const out = await ctx.write({
				resource: 'timeEntry',
				operation: 'create',
				projectId: byId(ctx.project()),
				taskId: byId(id),
				userId: byId(member),
				date: DateTime.utc().toISODate()!,
				durationHours: 0.5,
				additionalFields: { description, startTime: '09:00', endTime: '09:30' },
				options: { noFeed: true },
			});
			expectThat(typeof out.id === 'string', `no time record ID: ${brief(out)}`);
			ctx.track(`time record ${description} (${out.id})`, () =>
				ctx.remove({ resource: 'timeEntry', operation: 'delete', timeEntryId: out.id as string }),
			);
			const list = (await ctx.getJson(
				`${API}/timerecord/json/${encodeURIComponent(ctx.project())}`,
			)) as IDataObject[];
			const record = list.find((r) => r.id === out.id);
			expectThat(record, `the project's time records do not include ${String(out.id)}`);
			expectThat(
				record.description === description,
				`description=${brief(record.description ?? 'missing')}; fields: ${fieldsLike(record, /desc|text|note|comment/i)}`,
			);
			expectThat(
				record.projectId === ctx.project(),
				`projectId=${brief(record.projectId ?? 'missing')}`,
			);
			return `description and projectId read back; times ${fieldsLike(record, /start|end/i)}`;
		},
	},
	{
		id: 'smenso.folder.projectId',
		title: 'Phases (folders) name their project (projectId) and have GUID or number IDs',
		async run(ctx) {
			const list = (await ctx.getJson(
				`${API}/folders/json/${encodeURIComponent(ctx.project())}`,
			)) as IDataObject[];
			expectThat(Array.isArray(list), `not a list: ${brief(list)}`);
			if (!list.length) throw new Skip('the test project has no phases');
			const bad = list.filter((f) => f.projectId !== ctx.project());
			expectThat(
				!bad.length,
				`${bad.length} of ${list.length} phases without the projectId; fields: ${brief(Object.keys(bad[0] ?? {}).join(', '))}`,
			);
			const odd = list.filter((f) => !GUID.test(String(f.id)) && !/^\d+$/.test(String(f.id)));
			expectThat(
				!odd.length,
				`phase IDs that are neither GUID nor number: ${brief(odd.map((f) => f.id))}`,
			);
			return `${list.length} phases with projectId; IDs like ${String(list[0].id)}`;
		},
	},
	{
		id: 'smenso.task.paths',
		title: 'Task list and task tree answer at the paths the node calls first',
		async run(ctx) {
			const tasks = await ctx.tasks();
			if (!tasks.length) throw new Skip('the test project has no tasks');
			const first = tasks[0];
			const tree = await ctx.task(String(first.id));
			expectThat(tree.id === first.id, `the tree path answered another record: ${brief(tree)}`);
			return `/task/json/{projectId} (${tasks.length} tasks) and /task/json/{projectId}/{taskId}`;
		},
	},
	{
		id: 'smenso.export.updatedOn',
		title: 'A task update moves its Updated On in the tasks export',
		writes: true,
		async run(ctx) {
			const { id } = ctx.needs<{ id: string }>('task', 'smenso.write.taskCreate');
			const updatedAt = ctx.needs<DateTime>('updatedAt', 'smenso.task.externalId');
			const rows = await ctx.json({
				resource: 'report',
				operation: 'exportTasks',
				scope: 'project',
				projectId: byId(ctx.project()),
				returnAll: true,
				options: { timezone: 'UTC' },
			});
			const row = rows.find((r) => r.Id === id);
			expectThat(
				row,
				`the export has no row with Id ${id}; columns: ${brief(Object.keys(rows[0] ?? {}).join(', '))}`,
			);
			const created = exportInstant(row['Created On']);
			const updated = exportInstant(row['Updated On']);
			expectThat(
				created && updated,
				`Created On=${brief(row['Created On'])}, Updated On=${brief(row['Updated On'])}`,
			);
			const lag = updated.diff(updatedAt, 'seconds').seconds;
			expectThat(
				updated >= created && lag > -300,
				`Updated On ${row['Updated On'] as string} is not after the update at ${updatedAt.toFormat('dd.MM.yyyy HH:mm:ss')} UTC`,
			);
			return `Created On ${row['Created On'] as string}, Updated On ${row['Updated On'] as string} (UTC)`;
		},
	},
	{
		id: 'smenso.errors.validation',
		title: 'An invalid write answers 4xx with a body the node shows',
		writes: true,
		async run(ctx) {
			const body = {
				projectId: ctx.project(),
				task: [{ title: `${ctx.prefix} invalid`, dueDate: '2027-13-45' }],
			};
			const answer = await ctx.raw('POST', `${API}/task/json`, { body });
			if (answer.status < 300) {
				const created = ctx.createdId((await ctx.settle(answer)).final);
				if (created) ctx.trackTask(created, `${ctx.prefix} invalid`);
			}
			expectThat(
				answer.status >= 400 && answer.status < 500,
				`an impossible date answered ${answer.status}: ${brief(answer.body)}`,
			);
			const shape =
				answer.body && typeof answer.body === 'object'
					? ['message', 'title', 'errors', 'Message']
							.filter((k) => k in (answer.body as IDataObject))
							.join('+') || `keys ${Object.keys(answer.body).join(',')}`
					: answer.text
						? 'text'
						: 'empty';
			const result = await ctx.run({
				resource: 'task',
				operation: 'create',
				projectId: byId(ctx.project()),
				title: `${ctx.prefix} invalid`,
				additionalFields: { extraFields: JSON.stringify({ dueDate: '2027-13-45' }) },
			});
			expectThat(result.error, 'the node reported success for an invalid write');
			return `${answer.status} ${shape}: ${brief(answer.body, 80)}; node: ${brief(result.error.message, 80)}`;
		},
	},
	{
		id: 'smenso.project.fromTemplate',
		title:
			'A project from a template with all 21 copy options is created, archived and unarchived at /project/json/archive|unarchive/{id}',
		writes: true,
		async run(ctx) {
			if (!ctx.config.projectTemplate)
				throw new Skip(
					'needs SMENSO_TEST_TEMPLATE (a project template; the kit creates one project from it and deletes it)',
				);
			const title = `${ctx.prefix} project`;
			const out = await ctx.write({
				resource: 'project',
				operation: 'createFromTemplate',
				templateId: ctx.config.projectTemplate,
				title,
				options: { noFeed: true },
			});
			expectThat(typeof out.id === 'string' && GUID.test(out.id), `no project ID: ${brief(out)}`);
			const id = out.id;
			ctx.track(`project ${title} (${id})`, () =>
				ctx.remove({ resource: 'project', operation: 'delete', projectId: byId(id) }),
			);
			const seen: string[] = [];
			for (const verb of ['archive', 'unarchive']) {
				const answer = await ctx.raw('POST', `${API}/project/json/${verb}/${id}`);
				expectThat(
					answer.status === 200 || answer.status === 202 || answer.status === 204,
					`POST /project/json/${verb}/{id} answered ${answer.status}: ${brief(answer.body)}`,
				);
				seen.push(`${verb} ${answer.status}`);
			}
			return `created ${id}; ${seen.join(', ')}`;
		},
	},
	{
		id: 'smenso.statusReport.templatePath',
		title:
			'A status report from a template is created at /template/statusreport/create/json/{templateId}',
		writes: true,
		async run(ctx) {
			if (!ctx.config.statusReportTemplate)
				throw new Skip('needs SMENSO_TEST_STATUS_REPORT_TEMPLATE');
			const title = `${ctx.prefix} status report`;
			const answer = await ctx.raw(
				'POST',
				`${API}/template/statusreport/create/json/${encodeURIComponent(ctx.config.statusReportTemplate)}`,
				{ body: { projectId: ctx.project(), title } },
			);
			expectThat(
				answer.status !== 404,
				`the documented path answered 404 (the node then tries smenso's node's path): ${brief(answer.body)}`,
			);
			const { final } = await ctx.settle(answer);
			const id = ctx.createdId(final);
			if (id)
				ctx.track(`status report ${title} (${id})`, () =>
					ctx.remove({ resource: 'statusReport', operation: 'delete', statusReportId: id }),
				);
			expectThat(id, `no status report ID in ${brief(final)}`);
			return `${answer.status}; created ${id}`;
		},
	},
];

export const smensoKit: ServiceKit<SmensoLive> = {
	service: 'smenso',
	checks,
	async cleanLeftovers(ctx) {
		const lines: string[] = [];
		const prefix = ctx.prefix.split(' ')[0];
		if (ctx.config.testProject) {
			const tasks = await ctx.tasks();
			// Subtasks go with their parent.
			for (const task of tasks.filter(
				(t) =>
					String(t.title ?? '').startsWith(prefix) &&
					!tasks.some((p) => p.id === t.parentId && String(p.title ?? '').startsWith(prefix)),
			)) {
				await ctx.remove({ resource: 'task', operation: 'delete', taskId: byId(String(task.id)) });
				lines.push(`task ${String(task.title)}`);
			}
			const times = (await ctx.getJson(
				`${API}/timerecord/json/${encodeURIComponent(ctx.config.testProject)}`,
			)) as IDataObject[];
			for (const record of times.filter((r) => String(r.description ?? '').startsWith(prefix))) {
				await ctx.remove({
					resource: 'timeEntry',
					operation: 'delete',
					timeEntryId: String(record.id),
				});
				lines.push(`time record ${String(record.description)}`);
			}
		}
		const projects = (await ctx.getJson(`${API}/project/json`)) as IDataObject[];
		for (const project of projects.filter((p) => String(p.title ?? '').startsWith(prefix))) {
			await ctx.remove({
				resource: 'project',
				operation: 'delete',
				projectId: byId(String(project.id)),
			});
			lines.push(`project ${String(project.title)}`);
		}
		return lines;
	},
};
