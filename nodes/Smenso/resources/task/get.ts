import type {
	IExecuteSingleFunctions,
	INodeExecutionData,
	IN8nHttpFullResponse,
	PostReceiveAction,
} from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { idValue, requireIds } from '../../../shared/idChecks';
import { projectLocator, taskLocator } from '../../shared/locators';
import { assertRequestedTask } from '../../shared/transport';

/** postReceive: the answer must be the requested task (the fallback path is checked in the runner too). */
const checkTask: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	assertRequestedTask(this, response.body, idValue(this, 'taskId'), idValue(this, 'projectId'));
	return items;
};

export const getTask: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a task',
		description: 'Retrieve one task together with its subtasks, nested inside it',
		routing: {
			request: {
				method: 'GET',
				// The spec also knows /task/json/{taskId}/tree; the runner tries it when this path answers 404.
				url: `=/api/integration/task/json/${urlId('projectId')}/${urlId('taskId')}`,
			},
			send: {
				preSend: [
					requireIds([
						{ name: 'projectId', label: 'Project', kind: 'guid' },
						{ name: 'taskId', label: 'Task', kind: 'guid' },
					]),
				],
			},
			output: { postReceive: [checkTask] },
		},
	},
	fields: [
		projectLocator('The project of the task'),
		taskLocator('The task to retrieve (the list shows the tasks of the selected project)'),
	],
};
