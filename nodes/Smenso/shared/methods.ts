import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listSearchResult } from '../../shared/descriptions';
import { asItemContext } from '../../shared/sender';
import { createFetch } from '../../shared/transport';
import { smensoBaseUrl } from './baseUrl';
import { flattenTasks } from './taskTree';
import { SMENSO_CREDENTIAL, SMENSO_SERVICE } from './transport';

/** GET a smenso list for the editor's pickers, through the node's one request path (shared sender, errors). */
export async function smensoList(
	ctx: ILoadOptionsFunctions,
	url: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const item = asItemContext(ctx);
	const fetch = await createFetch(item, SMENSO_SERVICE, {
		method: 'GET',
		baseURL: smensoBaseUrl(await ctx.getCredentials(SMENSO_CREDENTIAL)),
	});
	const { response } = await fetch({ url, ...(qs ? { qs } : {}) });
	return Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
}

function selectedProject(ctx: ILoadOptionsFunctions): string {
	const value = ctx.getCurrentNodeParameter('projectId', { extractValue: true }) as
		| string
		| undefined;
	return encodeURIComponent(String(value ?? '').trim());
}

/** A member as pickers show it: `Ada Lovelace <ada@example.com>`. */
export function memberName(m: IDataObject): string {
	return `${String(m.displayName ?? [m.firstName, m.lastName].filter(Boolean).join(' '))}${m.email ? ` <${String(m.email)}>` : ''}`;
}

export const listSearch = {
	async searchProjects(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const projects = await smensoList(this, '/api/integration/project/json');
		return listSearchResult(projects, filter, (p) => ({
			name: `${String(p.title ?? p.id)}${p.archived ? ' (archived)' : ''}`,
			value: String(p.id),
		}));
	},

	async searchTasks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const project = selectedProject(this);
		if (!project) return { results: [] };
		const tasks = flattenTasks(await smensoList(this, `/api/integration/task/json/${project}`));
		return listSearchResult(tasks, filter, (t) => ({
			name: String(t.title ?? t.id),
			value: String(t.id),
		}));
	},

	async searchMembers(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const members = await smensoList(this, '/api/integration/settings/member/json');
		return listSearchResult(members, filter, (m) => ({ name: memberName(m), value: String(m.id) }));
	},

	/** Every custom field, formula fields included (for Delete), labelled with its type. */
	async searchFlavors(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const flavors = await smensoList(this, '/api/integration/flavor/json');
		return listSearchResult(flavors, filter, (f) => ({
			name: `${String(f.title ?? f.name ?? f.id)}${f.type ? ` (${String(f.type)})` : ''}`,
			value: String(f.id),
		}));
	},
};
