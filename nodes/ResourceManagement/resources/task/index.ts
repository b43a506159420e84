import { resourceOperations } from '../../../shared/descriptions';
import { completeTask } from './complete';
import { createTask } from './create';
import { deleteTask } from './delete';
import { getTask } from './get';
import { getAllTasks } from './getAll';
import { updateTask } from './update';

export const taskDescription = resourceOperations(
	'task',
	[completeTask, createTask, deleteTask, getTask, getAllTasks, updateTask],
	'getAll',
);
