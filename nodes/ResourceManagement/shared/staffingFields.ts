import type { INodeProperties } from 'n8n-workflow';

/** Discipline, location and role of a user or placeholder: names defined in Resource Management, not IDs. */
export function staffingFields(examples: { discipline: string; role: string }): INodeProperties[] {
	const field = (name: string, displayName: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		routing: { send: { type: 'body', property: name } },
	});
	return [
		field(
			'discipline',
			'Discipline',
			`Name of a discipline defined in Resource Management, e.g. ${examples.discipline}`,
		),
		field('location', 'Location', 'Name of the office or place, e.g. Berlin'),
		field('role', 'Role', `Name of a role defined in Resource Management, e.g. ${examples.role}`),
	];
}
