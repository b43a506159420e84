import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { permissionUrl, permissionWriteOptionsField, requireTarget, targetFields } from './fields';

/** preSend: a task's access delete always says whether its subtasks go with it (as smenso's node does). */
async function includeSubtasks(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (this.getNodeParameter('target', 'project') !== 'task') return options;
	const raw = this.getNodeParameter('includeSubtasks', true) as unknown;
	const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
	if (value !== true && value !== false && value !== 'true' && value !== 'false') {
		throw inputError(
			this.getNode(),
			`'Include Subtasks' must be true or false: ${JSON.stringify(raw)}`,
			"Switch 'Include Subtasks' on or off, or let its expression return true or false.",
			this.getItemIndex(),
		);
	}
	options.qs = { ...(options.qs ?? {}), includeSubtasks: String(value) };
	return options;
}

export const removePermissionAccess: OperationDef = {
	option: {
		name: 'Remove Access Restrictions',
		value: 'removeAccess',
		action: 'Remove access restrictions from a project or task',
		description:
			'Lift the access restriction of a project or a task, so changing it is no longer limited to its listed members and teams',
		routing: {
			request: { method: 'DELETE', url: permissionUrl('access') },
			send: { preSend: [requireTarget, includeSubtasks] },
		},
	},
	fields: [
		...targetFields('whose access restrictions to remove'),
		{
			displayName: 'Include Subtasks',
			name: 'includeSubtasks',
			type: 'boolean',
			default: true,
			description: "Whether the subtasks' access restrictions are removed as well",
			displayOptions: { show: { target: ['task'] } },
		},
		permissionWriteOptionsField,
	],
};
