import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { listSearchResult } from '../../shared/descriptions';
import { asItemContext } from '../../shared/sender';
import { createFetch } from '../../shared/transport';
import { smensoBaseUrl } from './baseUrl';
import { flattenTasks } from './taskTree';
import { teamOptions } from './teams';
import { SMENSO_CREDENTIAL, SMENSO_SERVICE } from './transport';

/** GET a smenso list for the editor's pickers, through the node's one request path (shared sender, errors). */
async function getList(ctx: ILoadOptionsFunctions, url: string, qs?: IDataObject): Promise<IDataObject[]> {
	const item = asItemContext(ctx);
	const fetch = await createFetch(item, SMENSO_SERVICE, { method: 'GET', baseURL: smensoBaseUrl(await ctx.getCredentials(SMENSO_CREDENTIAL)) });
	const { response } = await fetch({ url, ...(qs ? { qs } : {}) });
	return Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
}

function selectedProject(ctx: ILoadOptionsFunctions): string {
	const value = ctx.getCurrentNodeParameter('projectId', { extractValue: true }) as string | undefined;
	return encodeURIComponent(String(value ?? '').trim());
}

/** A member as pickers show it: `Ada Lovelace <ada@example.com>`. */
function memberLabel(m: IDataObject): string {
	return `${String(m.displayName ?? [m.firstName, m.lastName].filter(Boolean).join(' '))}${m.email ? ` <${String(m.email)}>` : ''}`;
}

export const listSearch = {
	async searchProjects(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const projects = await getList(this, '/api/integration/project/json');
		return listSearchResult(projects, filter, (p) => ({
			name: `${String(p.title ?? p.id)}${p.archived ? ' (archived)' : ''}`,
			value: String(p.id),
		}));
	},

	async searchTasks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const project = selectedProject(this);
		if (!project) return { results: [] };
		const tasks = flattenTasks(await getList(this, `/api/integration/task/json/${project}`));
		return listSearchResult(tasks, filter, (t) => ({ name: String(t.title ?? t.id), value: String(t.id) }));
	},

	async searchMembers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const members = await getList(this, '/api/integration/settings/member/json');
		return listSearchResult(members, filter, (m) => ({ name: memberLabel(m), value: String(m.id) }));
	},

	/** Every custom field, formula fields included (for Delete), labelled with its type. */
	async searchFlavors(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const flavors = await getList(this, '/api/integration/flavor/json');
		return listSearchResult(flavors, filter, (f) => ({
			name: `${String(f.title ?? f.name ?? f.id)}${f.type ? ` (${String(f.type)})` : ''}`,
			value: String(f.id),
		}));
	},
};

export const loadOptions = {
	async getTimezones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const body: unknown[] = await getList(this, '/api/integration/timezones/json');
		return body.map((zone) => {
			const id = typeof zone === 'string' ? zone : String((zone as IDataObject).id ?? (zone as IDataObject).name);
			return { name: id, value: id };
		});
	},

	async getFlavors(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const flavors = await getList(this, '/api/integration/flavor/json');
		return flavors
			.filter((f) => !/formula/i.test(String(f.type ?? '')))
			.map((f) => ({ name: String(f.title ?? f.name ?? f.id), value: String(f.id), description: String(f.type ?? '') }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getAbsenceTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const types = await getList(this, '/api/integration/settings/absencetypes/json');
		return types
			.map((t) => ({ name: String(t.title ?? t.name ?? t.id), value: String(t.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	/** Workspace members, valued by user GUID (the member list, smenso.md §5.12). */
	async getMembers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const members = await getList(this, '/api/integration/settings/member/json');
		return members.map((m) => ({ name: memberLabel(m), value: String(m.id) })).sort((a, b) => a.name.localeCompare(b.name));
	},

	/**
	 * Teams of the workspace. The Integration API lists none; the Reporting API's teams export
	 * does (smenso.md §7.2 R7), asked for as JSON with English column names.
	 */
	async getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return teamOptions(await getList(this, '/api/reports/teams', { format: 'JSON', lang: 'en-US' }));
	},
};
