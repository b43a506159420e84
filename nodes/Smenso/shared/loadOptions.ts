import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { memberName, smensoList } from './methods';
import { teamOptions } from './teams';

export const loadOptions = {
	async getTimezones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const body: unknown[] = await smensoList(this, '/api/integration/timezones/json');
		return body.map((zone) => {
			const id =
				typeof zone === 'string'
					? zone
					: String((zone as IDataObject).id ?? (zone as IDataObject).name);
			return { name: id, value: id };
		});
	},

	async getFlavors(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const flavors = await smensoList(this, '/api/integration/flavor/json');
		return flavors
			.filter((f) => !/formula/i.test(String(f.type ?? '')))
			.map((f) => ({
				name: String(f.title ?? f.name ?? f.id),
				value: String(f.id),
				description: String(f.type ?? ''),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getAbsenceTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const types = await smensoList(this, '/api/integration/settings/absencetypes/json');
		return types
			.map((t) => ({ name: String(t.title ?? t.name ?? t.id), value: String(t.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	/** Workspace members, valued by user GUID (the member list, smenso.md §5.12). */
	async getMembers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const members = await smensoList(this, '/api/integration/settings/member/json');
		return members
			.map((m) => ({ name: memberName(m), value: String(m.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	/**
	 * Teams of the workspace. The Integration API lists none; the Reporting API's teams export
	 * does (smenso.md §7.2 R7), asked for as JSON with English column names.
	 */
	async getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return teamOptions(
			await smensoList(this, '/api/reports/teams', { format: 'JSON', lang: 'en-US' }),
		);
	},
};
