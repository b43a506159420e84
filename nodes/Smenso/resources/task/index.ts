import { resourceOperations } from '../../../shared/descriptions';
import { addTaskDependencies } from './addDependencies';
import { createTask } from './create';
import { createTaskFromTemplate } from './createFromTemplate';
import { deleteTask } from './delete';
import { getTask } from './get';
import { getAllTasks } from './getAll';
import { removeTaskDependencies } from './removeDependencies';
import { updateTask } from './update';

export const taskDescription = resourceOperations(
	'task',
	[
		addTaskDependencies,
		createTask,
		createTaskFromTemplate,
		deleteTask,
		getTask,
		getAllTasks,
		removeTaskDependencies,
		updateTask,
	],
	'getAll',
);
