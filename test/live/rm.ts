/**
 * Live checks for Resource Management: each one settles an assumption of README "What the
 * sandbox assumes". Reads need only RM_TOKEN; writes (LIVE_WRITES=1) happen in a project the kit
 * creates (named with the kit's prefix) and in webhooks pointing nowhere, all deleted afterwards.
 */
import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';
import { SmartsheetResourceManagementApi } from '../../credentials/SmartsheetResourceManagementApi.credentials';
import { ResourceManagement } from '../../nodes/ResourceManagement/ResourceManagement.node';
import { rmBaseUrl } from '../../nodes/ResourceManagement/shared/baseUrl';
import type { LiveConfig, RmLiveConfig } from './config';
import {
	brief,
	describeError,
	expectThat,
	LiveContext,
	Skip,
	type Check,
	type ServiceKit,
} from './kit';

/** Where the kit's webhooks point: a reserved name that never resolves, so nothing is delivered. */
const NOWHERE = 'https://n8n-live-check.invalid/hook';
/** The event the kit registers webhooks for; the kit itself never creates users. */
const HOOK_EVENT = 'user.created';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

export class RmLive extends LiveContext {
	constructor(
		readonly config: RmLiveConfig,
		live: LiveConfig,
	) {
		super(
			rmBaseUrl(config.credential),
			(token) => ({ auth: token }),
			config.credential.apiToken,
			{
				type: new ResourceManagement(),
				credentialType: new SmartsheetResourceManagementApi(),
				credential: config.credential,
			},
			live.writes,
			live.prefix,
		);
	}

	/** A raw GET of a `{data, paging}` list. */
	async list(
		path: string,
		query: Record<string, string | number> = {},
	): Promise<{ data: IDataObject[]; paging: IDataObject; headers: Record<string, string> }> {
		const answer = await this.raw('GET', path, { query });
		expectThat(
			answer.status === 200,
			`GET ${path} answered ${answer.status}: ${brief(answer.body)}`,
		);
		const body = answer.body as { data?: unknown; paging?: unknown };
		expectThat(
			body && Array.isArray(body.data) && body.paging && typeof body.paging === 'object',
			`not {data, paging}: ${brief(answer.body)}`,
		);
		return {
			data: body.data as IDataObject[],
			paging: body.paging as IDataObject,
			headers: answer.headers,
		};
	}

	/** The kit's project (created by rm.project.lifecycle), or skip. */
	project(): number {
		const id = this.shared.get('project');
		if (typeof id !== 'number') throw new Skip('needs the project rm.project.lifecycle creates');
		return id;
	}

	/** The account's first user (the kit books its time and expenses for it on the kit's project). */
	async firstUser(): Promise<number> {
		const { data } = await this.list('/users', { per_page: 1 });
		if (!data.length) throw new Skip('the account has no users');
		return Number(data[0].id);
	}

	async deleteWebhook(id: unknown): Promise<void> {
		const answer = await this.raw('DELETE', `/webhooks/${String(id)}`);
		if (answer.status >= 300 && answer.status !== 404)
			throw new Error(`DELETE /webhooks/${String(id)} answered ${answer.status}`);
	}
}

export function openRm(config: RmLiveConfig, live: LiveConfig): RmLive {
	return new RmLive(config, live);
}

function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}

const checks: Array<Check<RmLive>> = [
	{
		id: 'rm.auth.401',
		title: 'A wrong token answers 401 with a JSON message, and the node says the token was refused',
		async run(ctx) {
			const wrong = 'n8n-live-check-wrong-token';
			const answer = await ctx.raw('GET', '/users', { query: { per_page: 1 }, token: wrong });
			expectThat(answer.status === 401, `answered ${answer.status}: ${brief(answer.body)}`);
			const result = await ctx.run(
				{ resource: 'user', operation: 'getAll', returnAll: false, limit: 1 },
				{ token: wrong },
			);
			expectThat(
				result.error && /token/i.test(result.error.message),
				`the node said: ${result.error ? describeError(result.error) : 'nothing (it returned items)'}`,
			);
			const shape =
				answer.body && typeof answer.body === 'object'
					? `keys ${Object.keys(answer.body).join(',')}`
					: answer.text
						? 'text'
						: 'empty';
			return `401 ${shape}: ${brief(answer.body, 80)}; node: ${brief(result.error.message, 80)}`;
		},
	},
	{
		id: 'rm.rateLimit.headers',
		title:
			'Rate-limit headers, where sent on a normal answer, give X-RateLimit-Reset as an epoch second',
		async run(ctx) {
			const { headers } = await ctx.list('/users', { per_page: 1 });
			const names = Object.keys(headers).filter((name) => /ratelimit|retry-after/i.test(name));
			if (!names.length) return 'none on a normal answer (the node reads them on 429 only)';
			const reset = headers['x-ratelimit-reset'];
			if (reset !== undefined) {
				const now = Date.now() / 1000;
				expectThat(
					/^\d+$/.test(reset) && Number(reset) > now - 60 && Number(reset) < now + 86400,
					`X-RateLimit-Reset=${reset} is not an epoch second of the next day (now ${Math.round(now)})`,
				);
			}
			return names.map((name) => `${name}: ${headers[name]}`).join(', ');
		},
	},
	{
		id: 'rm.paging.pastEnd',
		title: 'A page past the end is {data: [], paging}',
		async run(ctx) {
			let pages = 1;
			for (
				let list = await ctx.list('/users', { per_page: 1000 });
				list.paging.next && pages < 100;
				pages++
			)
				list = await ctx.list('/users', { per_page: 1000, page: pages + 1 });
			const past = await ctx.list('/users', { per_page: 1000, page: pages + 1 });
			expectThat(past.data.length === 0, `${past.data.length} records on a page past the end`);
			expectThat(
				past.paging.next === null || past.paging.next === undefined,
				`paging.next past the end: ${brief(past.paging.next)}`,
			);
			return `data [] and paging ${brief(past.paging, 100)}`;
		},
	},
	{
		id: 'rm.paging.perPage',
		title: 'per_page=1000 is honoured and next links are relative and keep the filters',
		async run(ctx) {
			const big = await ctx.list('/users', { per_page: 1000, fields: 'tags' });
			expectThat(
				Number(big.paging.per_page) === 1000,
				`paging.per_page is ${brief(big.paging.per_page)}`,
			);
			const small = await ctx.list('/users', { per_page: 1, fields: 'tags' });
			if (!small.paging.next) throw new Skip('the account has one user: no second page');
			const next = String(small.paging.next);
			expectThat(next.startsWith('/'), `next is not a relative path: ${next}`);
			const query = new URL(next, 'https://x').searchParams;
			expectThat(
				query.get('per_page') === '1' &&
					query.get('fields') === 'tags' &&
					query.get('page') === '2',
				`next link ${next} does not keep per_page=1&fields=tags or ask for page 2`,
			);
			return `per_page 1000 (${big.data.length} users); next ${next}`;
		},
	},
	{
		id: 'rm.embed.paging',
		title: 'Nested collections are paged like their parent, and the node reads them whole',
		async run(ctx) {
			const { data } = await ctx.list('/users', { per_page: 1, fields: 'assignments' });
			if (!data.length) throw new Skip('the account has no users');
			const nested = data[0].assignments as { data?: unknown[]; paging?: IDataObject } | undefined;
			expectThat(
				nested && Array.isArray(nested.data) && nested.paging,
				`assignments is not {data, paging}: ${brief(nested)}`,
			);
			const next = nested.paging.next;
			if (!next) {
				throw new Skip(
					`the first user has ${nested.data.length} assignment(s), per_page ${brief(nested.paging.per_page)}: no second page`,
				);
			}
			const [user] = await ctx.json({
				resource: 'user',
				operation: 'get',
				userId: { __rl: true, mode: 'id', value: String(data[0].id) },
				simplify: false,
				fields: ['assignments'],
			});
			const whole = user.assignments as { data: unknown[]; paging: IDataObject };
			expectThat(
				whole.data.length > nested.data.length && whole.paging.next === null,
				`the node returned ${whole.data.length} assignments, next ${brief(whole.paging.next)}`,
			);
			return `per_page 1 embedded ${nested.data.length}, next ${String(next)}; the node read ${whole.data.length}`;
		},
	},
	{
		id: 'rm.embed.fields',
		title: 'Which documented fields= names a project embeds, and whether tags come unasked',
		async run(ctx) {
			const names = ['budget_items', 'summary', 'phase_count', 'project_state'];
			const asked = await ctx.list('/projects', { per_page: 1, fields: names.join(',') });
			if (!asked.data.length) throw new Skip('the account has no projects');
			const plain = await ctx.list('/projects', { per_page: 1 });
			const embedded = names.filter((name) => name in asked.data[0]);
			return `fields=${names.join(',')} answered 200, embedding ${embedded.join(', ') || 'none'}; tags unasked: ${'tags' in plain.data[0] ? 'yes' : 'no'}`;
		},
	},
	{
		id: 'rm.report.totals',
		title: 'The totals report answers a JSON object the node passes on as it is',
		async run(ctx) {
			const [totals] = await ctx.json({
				resource: 'report',
				operation: 'getTotals',
				timeFrame: 'last_week',
				options: { includeEcho: true },
			});
			expectThat(totals && typeof totals === 'object', `no totals item: ${brief(totals)}`);
			return `keys ${brief(Object.keys(totals).join(', '), 100)}`;
		},
	},
	{
		id: 'rm.project.lifecycle',
		title:
			'A project created, read and updated through the node carries ISO created_at / updated_at, and updated_at moves',
		writes: true,
		async run(ctx) {
			const name = `${ctx.prefix} project`;
			const [created] = await ctx.json({
				resource: 'project',
				operation: 'create',
				name,
				additionalFields: {
					starts_at: DateTime.utc().toISODate()!,
					ends_at: DateTime.utc().plus({ days: 30 }).toISODate()!,
				},
			});
			expectThat(typeof created.id === 'number', `no project id: ${brief(created)}`);
			const id = created.id;
			ctx.shared.set('project', id);
			ctx.track(`project ${name} (${id})`, () =>
				ctx.json({ resource: 'project', operation: 'delete', projectId: byId(String(id)) }),
			);
			expectThat(
				ISO_INSTANT.test(String(created.created_at)) &&
					ISO_INSTANT.test(String(created.updated_at)),
				`created_at=${brief(created.created_at)}, updated_at=${brief(created.updated_at)}`,
			);
			await new Promise((resolve) => setTimeout(resolve, 1100));
			const [updated] = await ctx.json({
				resource: 'project',
				operation: 'update',
				projectId: byId(String(id)),
				updateFields: { description: `${ctx.prefix} updated` },
			});
			const [read] = await ctx.json({
				resource: 'project',
				operation: 'get',
				projectId: byId(String(id)),
				simplify: false,
			});
			expectThat(
				read.description === `${ctx.prefix} updated`,
				`the description did not change: ${brief(read.description)}`,
			);
			expectThat(
				Date.parse(String(updated.updated_at)) > Date.parse(String(created.updated_at)),
				`updated_at did not move: ${String(created.updated_at)} → ${String(updated.updated_at)}`,
			);
			return `created_at ${String(created.created_at)}; updated_at ${String(created.updated_at)} → ${String(updated.updated_at)}`;
		},
	},
	{
		id: 'rm.approval.refused',
		title:
			'A token may submit a time entry for approval but not approve it (the node offers no Approve)',
		writes: true,
		async run(ctx) {
			const project = ctx.project();
			const user = await ctx.firstUser();
			const [entry] = await ctx.json({
				resource: 'timeEntry',
				operation: 'create',
				userId: byId(String(user)),
				assignOn: 'project',
				projectId: byId(String(project)),
				date: DateTime.utc().toISODate()!,
				hours: 0.5,
				additionalFields: { notes: `${ctx.prefix} time` },
			});
			expectThat(typeof entry.id === 'number', `no time entry id: ${brief(entry)}`);
			ctx.track(`time entry ${String(entry.id)}`, () =>
				ctx.json({
					resource: 'timeEntry',
					operation: 'delete',
					userId: byId(String(user)),
					timeEntryId: String(entry.id),
				}),
			);
			const [submitted] = await ctx.json({
				resource: 'approval',
				operation: 'submit',
				timeEntryIds: String(entry.id),
			});
			const [current] = await ctx.json({
				resource: 'timeEntry',
				operation: 'get',
				timeEntryId: String(entry.id),
			});
			const answer = await ctx.raw('POST', '/approvals', {
				body: {
					status: 'approved',
					approvables: [{ id: entry.id, type: 'TimeEntry', updated_at: current.updated_at }],
				},
			});
			const approved = answer.status < 300 && JSON.stringify(answer.body).includes('"approved"');
			expectThat(
				!approved,
				`RM approved it (${answer.status}): tokens can approve on this account, so Approve could be offered`,
			);
			return `submitted (${String(submitted.status ?? brief(submitted, 40))}); approving answered ${answer.status} ${brief(answer.body, 80)}`;
		},
	},
	{
		id: 'rm.availability.fields',
		title:
			"A user's availabilities are {data, paging} of blocks with starts_at, ends_at and day0…day6",
		async run(ctx) {
			const { data: users } = await ctx.list('/users', {
				per_page: 1000,
				fields: 'availabilities',
			});
			const user = users.find(
				(u) =>
					Array.isArray((u.availabilities as IDataObject)?.data ?? u.availabilities) &&
					JSON.stringify(u.availabilities).includes('day0'),
			);
			if (!user) throw new Skip('no user has availability blocks');
			const { data } = await ctx.list(`/users/${String(user.id)}/availabilities`, {
				per_page: 1000,
			});
			const keys = [
				'id',
				'user_id',
				'starts_at',
				'ends_at',
				'day0',
				'day1',
				'day2',
				'day3',
				'day4',
				'day5',
				'day6',
			];
			const missing = keys.filter((key) => !data.every((block) => key in block));
			expectThat(
				!missing.length,
				`missing ${missing.join(', ')}; fields: ${brief(Object.keys(data[0]).join(', '))}`,
			);
			return `${data.length} blocks, e.g. ${brief(data[0], 100)}`;
		},
	},
	{
		id: 'rm.customField.list',
		title: 'Custom field definitions list with namespace=assignables (and whether RM requires it)',
		async run(ctx) {
			const { data } = await ctx.list('/custom_fields', {
				namespace: 'assignables',
				per_page: 1000,
			});
			const bare = await ctx.raw('GET', '/custom_fields', { query: { per_page: 1 } });
			const bad = data.filter(
				(field) =>
					!['string', 'selection_list', 'multiple_choice_selection_list'].includes(
						String(field.data_type),
					),
			);
			expectThat(!bad.length, `unknown data types: ${brief(bad.map((f) => f.data_type))}`);
			return `${data.length} project fields; without namespace: ${bare.status}`;
		},
	},
	{
		id: 'rm.billRate.account',
		title: 'Account default bill rates are refused to the token (403 account level bill rates)',
		async run(ctx) {
			const answer = await ctx.raw('GET', '/bill_rates', { query: { per_page: 1 } });
			expectThat(
				answer.status === 403 && /account level bill rates/.test(JSON.stringify(answer.body)),
				`answered ${answer.status}: ${brief(answer.body)} (the node's refusal message would not apply)`,
			);
			return `403 ${brief(answer.body, 80)}`;
		},
	},
	{
		id: 'rm.projectMember.upsert',
		title: "Add or Update gives a user an access level on the kit's project; Remove takes it away",
		writes: true,
		async run(ctx) {
			const project = ctx.project();
			const user = await ctx.firstUser();
			const put = await ctx.raw('PUT', `/projects/${project}/project_members`, {
				body: { relationships: [[user, 'viewer']] },
			});
			expectThat(put.status < 300, `PUT answered ${put.status}: ${brief(put.body)}`);
			const { data: viewers } = await ctx.list(`/projects/${project}/project_members`, {
				membership: 'viewer',
				per_page: 1000,
			});
			expectThat(
				viewers.some((member) => Number(member.id) === user),
				`user ${user} is not a viewer after the PUT: ${brief(viewers)}`,
			);
			const [removed] = await ctx.json({
				resource: 'projectMember',
				operation: 'remove',
				projectId: byId(String(project)),
				userIds: [String(user)],
			});
			return `PUT answered ${put.status} ${brief(put.body, 60)}; listed as ${brief(
				viewers.find((member) => Number(member.id) === user),
				60,
			)}; node remove ${brief(removed, 60)}`;
		},
	},
	{
		id: 'rm.billRate.create',
		title: "A project bill rate created with assignable_id reads back on the kit's project",
		writes: true,
		async run(ctx) {
			const project = ctx.project();
			const [rate] = await ctx.json({
				resource: 'billRate',
				operation: 'create',
				projectId: byId(String(project)),
				rate: 123.5,
			});
			expectThat(
				rate.rate === 123.5 && Number(rate.assignable_id) === project,
				`answered ${brief(rate)}`,
			);
			const { data } = await ctx.list(`/projects/${project}/bill_rates`, { per_page: 1000 });
			expectThat(
				data.some((r) => r.id === rate.id),
				`the project's rates do not list ${String(rate.id)}`,
			);
			return `rate ${String(rate.id)} (${data.length} rates on the project; deleted with the project, RM has no bill rate delete)`;
		},
	},
	{
		id: 'rm.budgetItem.lifecycle',
		title:
			"A budget item is created, updated and deleted on the kit's project (item_type Expenses)",
		writes: true,
		async run(ctx) {
			const project = ctx.project();
			const [item] = await ctx.json({
				resource: 'budgetItem',
				operation: 'create',
				projectId: byId(String(project)),
				itemType: 'Expenses',
				amount: 100,
			});
			expectThat(typeof item.id === 'number', `no budget item id: ${brief(item)}`);
			ctx.track(`budget item ${String(item.id)}`, () =>
				ctx.raw('DELETE', `/budget_items/${String(item.id)}`),
			);
			const [updated] = await ctx.json({
				resource: 'budgetItem',
				operation: 'update',
				budgetItemId: String(item.id),
				updateFields: { amount: 150 },
			});
			expectThat(
				Number(updated.amount) === 150,
				`amount after the update: ${brief(updated.amount)}`,
			);
			const [deleted] = await ctx.json({
				resource: 'budgetItem',
				operation: 'delete',
				budgetItemId: String(item.id),
			});
			return `created ${String(item.id)} (${String(item.item_type)}), amount 100 → 150, deleted ${brief(deleted)}`;
		},
	},
	{
		id: 'rm.expenseItem.lifecycle',
		title: "An expense item on the kit's project is created for a user, read and deleted",
		writes: true,
		async run(ctx) {
			const project = ctx.project();
			const user = await ctx.firstUser();
			const [item] = await ctx.json({
				resource: 'expenseItem',
				operation: 'create',
				userId: byId(String(user)),
				assignOn: 'project',
				projectId: byId(String(project)),
				date: DateTime.utc().toISODate()!,
				amount: 12.5,
				additionalFields: { notes: `${ctx.prefix} expense` },
			});
			expectThat(typeof item.id === 'number', `no expense item id: ${brief(item)}`);
			ctx.track(`expense item ${String(item.id)}`, () =>
				ctx.raw('DELETE', `/users/${user}/expense_items/${String(item.id)}`),
			);
			const [read] = await ctx.json({
				resource: 'expenseItem',
				operation: 'get',
				userId: byId(String(user)),
				expenseItemId: String(item.id),
			});
			expectThat(
				Number(read.amount) === 12.5 && Number(read.assignable_id) === project,
				`read back ${brief(read)}`,
			);
			return `expense ${String(item.id)}: ${brief(read, 100)}`;
		},
	},
	{
		id: 'rm.webhook.create',
		title:
			'Creating a webhook answers the bare webhook object (id, event_type, url), and DELETE removes it',
		writes: true,
		async run(ctx) {
			const answer = await ctx.raw('POST', '/webhooks', {
				body: { event_type: HOOK_EVENT, url: `${NOWHERE}?run=create` },
			});
			const body = answer.body as IDataObject;
			if (body && typeof body === 'object' && body.id !== undefined)
				ctx.track(`webhook ${String(body.id)}`, () => ctx.deleteWebhook(body.id));
			expectThat(
				answer.status === 200 || answer.status === 201,
				`answered ${answer.status}: ${brief(answer.body)}`,
			);
			expectThat(
				body &&
					body.id !== undefined &&
					body.event_type === HOOK_EVENT &&
					typeof body.url === 'string',
				`not a bare webhook object: ${brief(answer.body)}`,
			);
			return `${answer.status} keys ${Object.keys(body).join(', ')}`;
		},
	},
	{
		id: 'rm.webhook.cap',
		title: 'Registering past the cap of webhooks per event is refused as 403 bad data',
		writes: true,
		async run(ctx) {
			let refused: { status: number; body: unknown } | undefined;
			let made = 0;
			for (let n = 0; n < 11 && !refused; n++) {
				const answer = await ctx.raw('POST', '/webhooks', {
					body: { event_type: HOOK_EVENT, url: `${NOWHERE}?run=cap-${n}` },
				});
				const body = answer.body as IDataObject;
				if (answer.status < 300 && body?.id !== undefined) {
					made++;
					ctx.track(`webhook ${String(body.id)}`, () => ctx.deleteWebhook(body.id));
				} else refused = { status: answer.status, body: answer.body };
			}
			expectThat(refused, `11 more webhooks for ${HOOK_EVENT} were accepted: no cap of 10`);
			const { data: all } = await ctx.list('/webhooks', { per_page: 1000 });
			const total = all.filter((hook) => hook.event_type === HOOK_EVENT).length;
			expectThat(
				refused.status === 403 && /bad data/i.test(JSON.stringify(refused.body)),
				`refused with ${refused.status}: ${brief(refused.body)}`,
			);
			return `refused after ${made} new (${total} for ${HOOK_EVENT}): 403 ${brief(refused.body, 100)}`;
		},
	},
];

export const rmKit: ServiceKit<RmLive> = {
	service: 'rm',
	checks,
	async cleanLeftovers(ctx) {
		const lines: string[] = [];
		const prefix = ctx.prefix.split(' ')[0];
		const found: IDataObject[] = [];
		for (let page = 1; page <= 100; page++) {
			const { data, paging } = await ctx.list('/projects', { per_page: 1000, page });
			found.push(...data.filter((p) => String(p.name ?? '').startsWith(prefix)));
			if (!paging.next || !data.length) break;
		}
		for (const project of found) {
			const answer = await ctx.raw('DELETE', `/projects/${String(project.id)}`);
			lines.push(`project ${String(project.name)}: ${answer.status}`);
		}
		const { data: hooks } = await ctx.list('/webhooks', { per_page: 1000 });
		for (const hook of hooks.filter((h) => String(h.url ?? '').startsWith(NOWHERE))) {
			await ctx.deleteWebhook(hook.id);
			lines.push(`webhook ${String(hook.id)}`);
		}
		return lines;
	},
};
