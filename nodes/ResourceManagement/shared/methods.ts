import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listSearchResult } from '../../shared/descriptions';
import { asItemContext } from '../../shared/sender';
import { rmBaseUrl } from './baseUrl';
import { DATA_TYPE_LABELS, NAMESPACE_LABELS } from './customFieldDefinitions';
import { CATEGORY_PATHS } from './categories';
import { PARENTS, type ParentKind } from './parents';
import { rmReadList } from './requests';
import { RM_CREDENTIAL, RM_MAX_PAGE_SIZE } from './transport';

/** Pickers read at most this many pages (RM has no name search, so matching is client-side). */
const PICKER_PAGES = 5;

/**
 * Reads a `{data, paging}` list for a picker through the node's one request path (shared sender
 * with retries and rate-limit waits, the page loop and its guards), at most PICKER_PAGES pages.
 */
export async function rmList(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const item = asItemContext(ctx);
	return await rmReadList(
		item,
		{ baseURL: rmBaseUrl(await ctx.getCredentials(RM_CREDENTIAL)), url: path, qs },
		{ wanted: PICKER_PAGES * RM_MAX_PAGE_SIZE },
	);
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

/** A user as pickers show them: name and e-mail. */
export function userName(user: IDataObject): string {
	const name = String(
		user.display_name ?? [user.first_name, user.last_name].filter(Boolean).join(' '),
	);
	return user.email ? `${name} <${String(user.email)}>` : name;
}

export const listSearch = {
	async searchProjects(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
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
		return listSearchResult(phases, filter, (p) => ({
			name: String(p.phase_name ?? p.name),
			value: String(p.id),
		}));
	},

	async searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const users = await rmList(this, '/users');
		return listSearchResult(users, filter, (u) => ({ name: userName(u), value: String(u.id) }));
	},

	async searchPlaceholders(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const placeholders = await rmList(this, '/placeholder_resources');
		return listSearchResult(placeholders, filter, (p) => ({
			name: String(p.title ?? p.id),
			value: String(p.id),
		}));
	},

	async searchLeaveTypes(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const types = await rmList(this, '/leave_types');
		return listSearchResult(types, filter, (t) => ({
			name: String(t.name ?? t.id),
			value: String(t.id),
		}));
	},

	async searchStatusOptions(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const options = await rmList(this, '/status_options');
		return listSearchResult(options, filter, (o) => ({
			name: String(o.label ?? o.id),
			value: String(o.id),
		}));
	},

	async searchRoles(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const roles = await rmList(this, '/roles');
		return listSearchResult(roles, filter, (r) => ({
			name: String(r.value ?? r.id),
			value: String(r.id),
		}));
	},

	async searchDisciplines(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const disciplines = await rmList(this, '/disciplines');
		return listSearchResult(disciplines, filter, (d) => ({
			name: String(d.value ?? d.id),
			value: String(d.id),
		}));
	},

	/** Custom field definitions of projects and of users (two lists), with owner and type. */
	async searchCustomFields(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const fields: IDataObject[] = [];
		for (const namespace of Object.keys(NAMESPACE_LABELS))
			fields.push(...(await rmList(this, '/custom_fields', { namespace })));
		return listSearchResult(fields, filter, (f) => ({
			name: `${String(f.name ?? f.id)} (${NAMESPACE_LABELS[String(f.namespace)] ?? String(f.namespace)}, ${DATA_TYPE_LABELS[String(f.data_type)] ?? String(f.data_type)})`,
			value: String(f.id),
		}));
	},

	/**
	 * Budget categories by name: the expense list for expense items and Expenses budgets, the time
	 * and fees list for the other budgets, both (marked) where the form has no budget type.
	 */
	async searchBudgetCategories(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const itemType = selected(this, 'itemType');
		const kinds: Array<keyof typeof CATEGORY_PATHS> =
			selected(this, 'resource') === 'expenseItem' || itemType === 'Expenses'
				? ['expense']
				: itemType
					? ['time']
					: ['time', 'expense'];
		const records: IDataObject[] = [];
		for (const kind of kinds) {
			const suffix =
				kinds.length > 1 ? (kind === 'expense' ? ' (Expenses)' : ' (Time & Fees)') : '';
			for (const c of await rmList(this, CATEGORY_PATHS[kind]))
				records.push({ name: `${String(c.category)}${suffix}`, value: c.category });
		}
		return listSearchResult(records, filter, (c) => ({
			name: String(c.name),
			value: String(c.value),
		}));
	},

	/** Assignments of the selected user, else placeholder, else project; else all of them. */
	async searchAssignments(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
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
