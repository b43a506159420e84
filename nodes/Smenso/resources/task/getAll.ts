import {
	limitField,
	returnAllField,
	simplifyField,
	urlId,
	type OperationDef,
} from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { simplify } from '../../../shared/results';
import { projectLocator } from '../../shared/locators';
import { flattenTaskTree, TASK_SIMPLE_KEYS } from './fields';
import { listViewIdField, readOptionsField } from '../../shared/listFields';

export const getAllTasks: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tasks',
		description:
			'List the tasks of a project, subtasks included, one item per task (smenso returns the whole list at once)',
		routing: {
			request: {
				method: 'GET',
				// The spec also knows /task/json?projectId=…; the runner tries it when this path answers 404.
				url: `=/api/integration/task/json/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
			output: { postReceive: [flattenTaskTree, simplify(TASK_SIMPLE_KEYS)] },
		},
	},
	fields: [
		projectLocator('The project whose tasks to list'),
		returnAllField,
		limitField,
		simplifyField,
		readOptionsField([listViewIdField], 'filters', 'Filters'),
	],
};
