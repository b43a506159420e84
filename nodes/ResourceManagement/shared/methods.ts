import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeListSearchResult,
} from 'n8n-workflow';
import { listSearchResult } from '../../shared/descriptions';
import { rmBaseUrl } from './baseUrl';
import { PARENTS, type ParentKind } from './parents';
import { RM_CREDENTIAL, RM_MAX_PAGE_SIZE, rmPager } from './transport';

/** Pickers read at most this many pages (RM has no name search, so matching is client-side). */
const PICKER_PAGES = 5;

/** Reads a `{data, paging}` list for a picker, following `paging.next` a few pages. */
export async function rmList(ctx: ILoadOptionsFunctions, path: string, qs: IDataObject = {}): Promise<IDataObject[]> {
	const credentials = await ctx.getCredentials(RM_CREDENTIAL);
	const out: IDataObject[] = [];
	let request: IHttpRequestOptions = {
		method: 'GET',
		baseURL: rmBaseUrl(credentials),
		url: path,
		qs: { ...qs, per_page: RM_MAX_PAGE_SIZE },
		json: true,
	};
	for (let page = 0; page < PICKER_PAGES; page++) {
		const body = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, RM_CREDENTIAL, request)) as unknown;
		const { records = [], next } = rmPager.read({ body, headers: {}, statusCode: 200 } as IN8nHttpFullResponse, request);
		out.push(...records);
		if (!next || records.length === 0) break;
		request = next;
	}
	return out;
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
		return listSearchResult(projects, filter, (p) => ({
			name: `${String(p.name)}${p.project_code ? ` (${String(p.project_code)})` : ''}${p.archived ? ' [archived]' : ''}`,
			value: String(p.id),
		}));
	},

	async searchPhases(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const project = selected(this, 'projectId');
		if (!project) return { results: [] };
		const phases = await rmList(this, `/projects/${project}/phases`);
		return listSearchResult(phases, filter, (p) => ({ name: String(p.phase_name ?? p.name), value: String(p.id) }));
	},

	async searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const users = await rmList(this, '/users');
		return listSearchResult(users, filter, (u) => ({ name: userName(u), value: String(u.id) }));
	},

	async searchPlaceholders(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const placeholders = await rmList(this, '/placeholder_resources');
		return listSearchResult(placeholders, filter, (p) => ({ name: String(p.title ?? p.id), value: String(p.id) }));
	},

	async searchLeaveTypes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const types = await rmList(this, '/leave_types');
		return listSearchResult(types, filter, (t) => ({ name: String(t.name ?? t.id), value: String(t.id) }));
	},

	async searchStatusOptions(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const options = await rmList(this, '/status_options');
		return listSearchResult(options, filter, (o) => ({ name: String(o.label ?? o.id), value: String(o.id) }));
	},

	async searchRoles(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const roles = await rmList(this, '/roles');
		return listSearchResult(roles, filter, (r) => ({ name: String(r.value ?? r.id), value: String(r.id) }));
	},

	async searchDisciplines(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const disciplines = await rmList(this, '/disciplines');
		return listSearchResult(disciplines, filter, (d) => ({ name: String(d.value ?? d.id), value: String(d.id) }));
	},

	/** Assignments of the selected user, else placeholder, else project; else all of them. */
	async searchAssignments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		let path = '/assignments';
		for (const kind of ['user', 'placeholder', 'project'] as ParentKind[]) {
			const id = selected(this, PARENTS[kind].param);
			if (id) {
				path = `${PARENTS[kind].path}/${id}/assignments`;
				break;
			}
		}
		const assignments = await rmList(this, path);
		return listSearchResult(assignments, filter, (a) => ({
			name: `${String(a.description ?? `Assignment ${String(a.id)}`)} · ${String(a.starts_at)}–${String(a.ends_at)}`,
			value: String(a.id),
		}));
	},
};
