import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { DATA_TYPE_LABELS as DATA_TYPES } from './customFieldDefinitions';
import { rmList, userName } from './methods';
import { PARENTS } from './parents';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The project or user chosen in the `owner` + locator fields, as a path such as /users/501. */
function ownerPath(ctx: ILoadOptionsFunctions): string | undefined {
	const owner = PARENTS[ctx.getCurrentNodeParameter('owner') === 'user' ? 'user' : 'project'];
	const id = ctx.getCurrentNodeParameter(owner.param, { extractValue: true }) as unknown;
	const text = String(id ?? '').trim();
	return /^\d+$/.test(text) ? `${owner.path}/${text}` : undefined;
}

export const loadOptions = {
	/** Custom field definitions of projects (namespace assignables) or users, with their type. */
	async getCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const namespace = this.getCurrentNodeParameter('owner') === 'user' ? 'users' : 'assignables';
		const fields = await rmList(this, '/custom_fields', { namespace });
		return fields
			.map((field) => {
				const options = Array.isArray(field.options)
					? (field.options as unknown[]).map(String)
					: [];
				const type = DATA_TYPES[String(field.data_type)] ?? String(field.data_type ?? '');
				return {
					name: `${String(field.name ?? field.id)}${type ? ` (${type})` : ''}`,
					value: String(field.id),
					description: options.length ? `Options: ${options.join(', ')}` : undefined,
				};
			})
			.sort(byName);
	},

	/** Active users (no placeholders), for fields that take several users. */
	async getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const users = await rmList(this, '/users');
		return users.map((user) => ({ name: userName(user), value: String(user.id) })).sort(byName);
	},

	/** Tags attached to the selected project or user. */
	async getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const path = ownerPath(this);
		if (!path) return [];
		const tags = await rmList(this, `${path}/tags`);
		return tags
			.map((tag) => ({ name: String(tag.value ?? tag.id), value: String(tag.id) }))
			.sort(byName);
	},
};
