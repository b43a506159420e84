import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { rmBaseUrl } from './baseUrl';
import { RM_CREDENTIAL, RM_MAX_PAGE_SIZE } from './transport';

/** Pickers read at most this many pages (RM has no name search, so matching is client-side). */
const PICKER_PAGES = 5;

/** Reads a `{data, paging}` list for a picker, following `paging.next` a few pages. */
export async function rmList(ctx: ILoadOptionsFunctions, path: string, qs: IDataObject = {}): Promise<IDataObject[]> {
	const credentials = await ctx.getCredentials(RM_CREDENTIAL);
	const base = rmBaseUrl(credentials);
	const out: IDataObject[] = [];
	let request: { url: string; qs: IDataObject } = { url: path, qs: { ...qs, per_page: RM_MAX_PAGE_SIZE } };
	for (let page = 0; page < PICKER_PAGES; page++) {
		const body = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, RM_CREDENTIAL, {
			method: 'GET',
			baseURL: base,
			url: request.url,
			qs: request.qs,
			json: true,
		})) as IDataObject;
		const data = Array.isArray(body?.data) ? (body.data as IDataObject[]) : [];
		out.push(...data);
		const next = (body?.paging as IDataObject | undefined)?.next;
		if (typeof next !== 'string' || !next || data.length === 0) break;
		const url = new URL(next, 'http://host.invalid');
		request = {
			url: url.pathname.replace(/^\/api\/v1/, ''),
			qs: Object.fromEntries(url.searchParams.entries()),
		};
	}
	return out;
}

function searchResult(
	records: IDataObject[],
	filter: string | undefined,
	toItem: (record: IDataObject) => INodeListSearchItems,
): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const results = records
		.map(toItem)
		.filter((item) => !needle || `${item.name} ${item.value}`.toLowerCase().includes(needle))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

/** The value of another picker on the form; '' when the current operation does not show it. */
function selected(ctx: ILoadOptionsFunctions, name: string): string {
	let value: unknown;
	try {
		value = ctx.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		value = undefined; // n8n throws for a parameter the operation does not show
	}
	return encodeURIComponent(String(value ?? '').trim());
}

function userName(user: IDataObject): string {
	const name = String(user.display_name ?? [user.first_name, user.last_name].filter(Boolean).join(' '));
	return user.email ? `${name} <${String(user.email)}>` : name;
}

export const listSearch = {
	async searchProjects(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const projects = await rmList(this, '/projects', { with_archived: true });
		return searchResult(projects, filter, (p) => ({
			name: `${String(p.name)}${p.project_code ? ` (${String(p.project_code)})` : ''}${p.archived ? ' [archived]' : ''}`,
			value: String(p.id),
		}));
	},

	async searchPhases(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const project = selected(this, 'projectId');
		if (!project) return { results: [] };
		const phases = await rmList(this, `/projects/${project}/phases`);
		return searchResult(phases, filter, (p) => ({ name: String(p.phase_name ?? p.name), value: String(p.id) }));
	},

	async searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const users = await rmList(this, '/users');
		return searchResult(users, filter, (u) => ({ name: userName(u), value: String(u.id) }));
	},

	async searchPlaceholders(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const placeholders = await rmList(this, '/placeholder_resources');
		return searchResult(placeholders, filter, (p) => ({ name: String(p.title ?? p.id), value: String(p.id) }));
	},

	async searchLeaveTypes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const types = await rmList(this, '/leave_types');
		return searchResult(types, filter, (t) => ({ name: String(t.name ?? t.id), value: String(t.id) }));
	},

	async searchStatusOptions(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const options = await rmList(this, '/status_options');
		return searchResult(options, filter, (o) => ({ name: String(o.label ?? o.id), value: String(o.id) }));
	},

	async searchRoles(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const roles = await rmList(this, '/roles');
		return searchResult(roles, filter, (r) => ({ name: String(r.value ?? r.id), value: String(r.id) }));
	},

	async searchDisciplines(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const disciplines = await rmList(this, '/disciplines');
		return searchResult(disciplines, filter, (d) => ({ name: String(d.value ?? d.id), value: String(d.id) }));
	},

	/** Assignments of the selected user, or else of the selected project. */
	async searchAssignments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const user = selected(this, 'userId');
		const project = selected(this, 'projectId');
		const path = user ? `/users/${user}/assignments` : project ? `/projects/${project}/assignments` : '/assignments';
		const assignments = await rmList(this, path);
		return searchResult(assignments, filter, (a) => ({
			name: `${String(a.description ?? `Assignment ${String(a.id)}`)} · ${String(a.starts_at)}–${String(a.ends_at)}`,
			value: String(a.id),
		}));
	},
};
