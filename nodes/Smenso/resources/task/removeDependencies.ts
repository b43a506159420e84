import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { checkId } from '../../../shared/idChecks';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';
import { guidList } from './fields';

/**
 * preSend: smenso wants `?taskIds=a&taskIds=b`. n8n serialises array query values as
 * `taskIds[0]=a&taskIds[1]=b` unless the request asks for the `repeat` format.
 */
async function predecessorQuery(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	checkId(this, 'taskId', 'Task', 'guid');
	const ids = guidList(this, 'predecessorIds', 'Predecessor Task IDs');
	if (!ids.length) {
		throw inputError(
			this.getNode(),
			"'Predecessor Task IDs' is empty",
			'Enter the GUIDs of the predecessor tasks to unlink, separated by commas.',
			this.getItemIndex(),
		);
	}
	options.qs = { ...(options.qs ?? {}), taskIds: ids };
	options.arrayFormat = 'repeat';
	return options;
}

export const removeTaskDependencies: OperationDef = {
	option: {
		name: 'Remove Dependencies',
		value: 'removeDependencies',
		action: 'Remove dependencies from a task',
		description: 'Unlink predecessor tasks from a task',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/task/json/${urlId('taskId')}/dependencies`,
			},
			send: { preSend: [predecessorQuery] },
		},
	},
	fields: [
		{ ...projectLocator('Only used to list the tasks to pick from'), required: false },
		taskLocator('The task whose predecessors to unlink'),
		{
			displayName: 'Predecessor Task IDs',
			name: 'predecessorIds',
			type: 'string',
			required: true,
			default: '',
			placeholder:
				'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301, 6ba7b810-9dad-11d1-80b4-00c04fd430c8',
			description: 'GUIDs of the predecessor tasks to unlink, comma-separated',
		},
		writeOptionsField,
	],
};
