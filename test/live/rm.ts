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
import { brief, describeError, expectThat, LiveContext, Skip, type Check, type ServiceKit } from './kit';

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
			{ type: new ResourceManagement(), credentialType: new SmartsheetResourceManagementApi(), credential: config.credential },
			live.writes,
			live.prefix,
		);
	}

	/** A raw GET of a `{data, paging}` list. */
	async list(path: string, query: Record<string, string | number> = {}): Promise<{ data: IDataObject[]; paging: IDataObject; headers: Record<string, string> }> {
		const answer = await this.raw('GET', path, { query });
		expectThat(answer.status === 200, `GET ${path} answered ${answer.status}: ${brief(answer.body)}`);
		const body = answer.body as { data?: unknown; paging?: unknown };
		expectThat(body && Array.isArray(body.data) && body.paging && typeof body.paging === 'object', `not {data, paging}: ${brief(answer.body)}`);
		return { data: body.data as IDataObject[], paging: body.paging as IDataObject, headers: answer.headers };
	}

	/** The kit's project (created by rm.project.lifecycle), or skip. */
	project(): number {
		const id = this.shared.get('project');
		if (typeof id !== 'number') throw new Skip('needs the project rm.project.lifecycle creates');
		return id;
	}

	async deleteWebhook(id: unknown): Promise<void> {
		const answer = await this.raw('DELETE', `/webhooks/${String(id)}`);
		if (answer.status >= 300 && answer.status !== 404) throw new Error(`DELETE /webhooks/${String(id)} answered ${answer.status}`);
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
			const result = await ctx.run({ resource: 'user', operation: 'getAll', returnAll: false, limit: 1 }, { token: wrong });
			expectThat(result.error && /token/i.test(result.error.message), `the node said: ${result.error ? describeError(result.error) : 'nothing (it returned items)'}`);
			const shape = answer.body && typeof answer.body === 'object' ? `keys ${Object.keys(answer.body).join(',')}` : answer.text ? 'text' : 'empty';
			return `401 ${shape}: ${brief(answer.body, 80)}; node: ${brief(result.error.message, 80)}`;
		},
	},
	{
		id: 'rm.rateLimit.headers',
		title: 'Rate-limit headers, where sent on a normal answer, give X-RateLimit-Reset as an epoch second',
		async run(ctx) {
			const { headers } = await ctx.list('/users', { per_page: 1 });
			const names = Object.keys(headers).filter((name) => /ratelimit|retry-after/i.test(name));
			if (!names.length) return 'none on a normal answer (the node reads them on 429 only)';
			const reset = headers['x-ratelimit-reset'];
			if (reset !== undefined) {
				const now = Date.now() / 1000;
				expectThat(/^\d+$/.test(reset) && Number(reset) > now - 60 && Number(reset) < now + 86400, `X-RateLimit-Reset=${reset} is not an epoch second of the next day (now ${Math.round(now)})`);
			}
			return names.map((name) => `${name}: ${headers[name]}`).join(', ');
		},
	},
	{
		id: 'rm.paging.pastEnd',
		title: 'A page past the end is {data: [], paging}',
		async run(ctx) {
			let pages = 1;
			for (let list = await ctx.list('/users', { per_page: 1000 }); list.paging.next && pages < 100; pages++) list = await ctx.list('/users', { per_page: 1000, page: pages + 1 });
			const past = await ctx.list('/users', { per_page: 1000, page: pages + 1 });
			expectThat(past.data.length === 0, `${past.data.length} records on a page past the end`);
			expectThat(past.paging.next === null || past.paging.next === undefined, `paging.next past the end: ${brief(past.paging.next)}`);
			return `data [] and paging ${brief(past.paging, 100)}`;
		},
	},
	{
		id: 'rm.paging.perPage',
		title: 'per_page=1000 is honoured and next links are relative and keep the filters',
		async run(ctx) {
			const big = await ctx.list('/users', { per_page: 1000, fields: 'tags' });
			expectThat(Number(big.paging.per_page) === 1000, `paging.per_page is ${brief(big.paging.per_page)}`);
			const small = await ctx.list('/users', { per_page: 1, fields: 'tags' });
			if (!small.paging.next) throw new Skip('the account has one user: no second page');
			const next = String(small.paging.next);
			expectThat(next.startsWith('/'), `next is not a relative path: ${next}`);
			const query = new URL(next, 'https://x').searchParams;
			expectThat(query.get('per_page') === '1' && query.get('fields') === 'tags' && query.get('page') === '2', `next link ${next} does not keep per_page=1&fields=tags or ask for page 2`);
			return `per_page 1000 (${big.data.length} users); next ${next}`;
		},
	},
	{
		id: 'rm.report.totals',
		title: 'The totals report answers a JSON object the node passes on as it is',
		async run(ctx) {
			const [totals] = await ctx.json({ resource: 'report', operation: 'getTotals', timeFrame: 'last_week', options: { includeEcho: true } });
			expectThat(totals && typeof totals === 'object', `no totals item: ${brief(totals)}`);
			return `keys ${brief(Object.keys(totals).join(', '), 100)}`;
		},
	},
	{
		id: 'rm.project.lifecycle',
		title: 'A project created, read and updated through the node carries ISO created_at / updated_at, and updated_at moves',
		writes: true,
		async run(ctx) {
			const name = `${ctx.prefix} project`;
			const [created] = await ctx.json({ resource: 'project', operation: 'create', name, additionalFields: { starts_at: DateTime.utc().toISODate()!, ends_at: DateTime.utc().plus({ days: 30 }).toISODate()! } });
			expectThat(typeof created.id === 'number', `no project id: ${brief(created)}`);
			const id = created.id;
			ctx.shared.set('project', id);
			ctx.track(`project ${name} (${id})`, () => ctx.json({ resource: 'project', operation: 'delete', projectId: byId(String(id)) }));
			expectThat(ISO_INSTANT.test(String(created.created_at)) && ISO_INSTANT.test(String(created.updated_at)), `created_at=${brief(created.created_at)}, updated_at=${brief(created.updated_at)}`);
			await new Promise((resolve) => setTimeout(resolve, 1100));
			const [updated] = await ctx.json({ resource: 'project', operation: 'update', projectId: byId(String(id)), updateFields: { description: `${ctx.prefix} updated` } });
			const [read] = await ctx.json({ resource: 'project', operation: 'get', projectId: byId(String(id)), simplify: false });
			expectThat(read.description === `${ctx.prefix} updated`, `the description did not change: ${brief(read.description)}`);
			expectThat(Date.parse(String(updated.updated_at)) > Date.parse(String(created.updated_at)), `updated_at did not move: ${String(created.updated_at)} → ${String(updated.updated_at)}`);
			return `created_at ${String(created.created_at)}; updated_at ${String(created.updated_at)} → ${String(updated.updated_at)}`;
		},
	},
	{
		id: 'rm.approval.approve',
		title: 'Approving a submitted time entry through the API is either done or refused with a message the node shows',
		writes: true,
		async run(ctx) {
			const project = ctx.project();
			const { data: users } = await ctx.list('/users', { per_page: 1 });
			if (!users.length) throw new Skip('the account has no users');
			const user = Number(users[0].id);
			const [entry] = await ctx.json({ resource: 'timeEntry', operation: 'create', userId: byId(String(user)), assignOn: 'project', projectId: byId(String(project)), date: DateTime.utc().toISODate()!, hours: 0.5, additionalFields: { notes: `${ctx.prefix} time` } });
			expectThat(typeof entry.id === 'number', `no time entry id: ${brief(entry)}`);
			ctx.track(`time entry ${String(entry.id)}`, () => ctx.json({ resource: 'timeEntry', operation: 'delete', userId: byId(String(user)), timeEntryId: String(entry.id) }));
			await ctx.json({ resource: 'approval', operation: 'submit', timeEntryIds: String(entry.id) });
			const result = await ctx.run({ resource: 'approval', operation: 'approve', timeEntryIds: String(entry.id) });
			if (result.error) {
				expectThat(/40[03]/.test(describeError(result.error)) || /approv|permission|not allowed/i.test(result.error.message), `unexpected error: ${describeError(result.error)}`);
				return `refused: ${brief(describeError(result.error), 120)}`;
			}
			const status = result.items.map((item) => item.json.status).join(',');
			expectThat(/approved/.test(status), `the node reported status ${status || 'none'}: ${brief(result.items.map((i) => i.json))}`);
			return `approved (${status})`;
		},
	},
	{
		id: 'rm.webhook.create',
		title: 'Creating a webhook answers the bare webhook object (id, event_type, url), and DELETE removes it',
		writes: true,
		async run(ctx) {
			const answer = await ctx.raw('POST', '/webhooks', { body: { event_type: HOOK_EVENT, url: `${NOWHERE}?run=create` } });
			const body = answer.body as IDataObject;
			if (body && typeof body === 'object' && body.id !== undefined) ctx.track(`webhook ${String(body.id)}`, () => ctx.deleteWebhook(body.id));
			expectThat(answer.status === 200 || answer.status === 201, `answered ${answer.status}: ${brief(answer.body)}`);
			expectThat(body && body.id !== undefined && body.event_type === HOOK_EVENT && typeof body.url === 'string', `not a bare webhook object: ${brief(answer.body)}`);
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
				const answer = await ctx.raw('POST', '/webhooks', { body: { event_type: HOOK_EVENT, url: `${NOWHERE}?run=cap-${n}` } });
				const body = answer.body as IDataObject;
				if (answer.status < 300 && body?.id !== undefined) {
					made++;
					ctx.track(`webhook ${String(body.id)}`, () => ctx.deleteWebhook(body.id));
				} else refused = { status: answer.status, body: answer.body };
			}
			expectThat(refused, `11 more webhooks for ${HOOK_EVENT} were accepted: no cap of 10`);
			const { data: all } = await ctx.list('/webhooks', { per_page: 1000 });
			const total = all.filter((hook) => hook.event_type === HOOK_EVENT).length;
			expectThat(refused.status === 403 && /bad data/i.test(JSON.stringify(refused.body)), `refused with ${refused.status}: ${brief(refused.body)}`);
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
