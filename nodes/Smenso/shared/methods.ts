import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { listSearchResult } from '../../shared/descriptions';
import { smensoBaseUrl } from './baseUrl';
import { flattenTasks } from './taskTree';
import { SMENSO_CREDENTIAL } from './transport';

/** GET a smenso list for the editor's pickers. */
async function getList(ctx: ILoadOptionsFunctions, url: string): Promise<IDataObject[]> {
	const credentials = await ctx.getCredentials(SMENSO_CREDENTIAL);
	const body = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, SMENSO_CREDENTIAL, {
		method: 'GET',
		baseURL: smensoBaseUrl(credentials),
		url,
		json: true,
	})) as unknown;
	return Array.isArray(body) ? (body as IDataObject[]) : [];
}

function selectedProject(ctx: ILoadOptionsFunctions): string {
	const value = ctx.getCurrentNodeParameter('projectId', { extractValue: true }) as string | undefined;
	return encodeURIComponent(String(value ?? '').trim());
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
		return listSearchResult(members, filter, (m) => ({
			name: `${String(m.displayName ?? [m.firstName, m.lastName].filter(Boolean).join(' '))}${m.email ? ` <${String(m.email)}>` : ''}`,
			value: String(m.id),
		}));
	},
};

export const loadOptions = {
	async getTimezones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const credentials = await this.getCredentials(SMENSO_CREDENTIAL);
		const body = (await this.helpers.httpRequestWithAuthentication.call(this, SMENSO_CREDENTIAL, {
			method: 'GET',
			baseURL: smensoBaseUrl(credentials),
			url: '/api/integration/timezones/json',
			json: true,
		})) as unknown[];
		return (Array.isArray(body) ? body : []).map((zone) => {
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
};
