import type { IDataObject } from 'n8n-workflow';

/** Keys under which a task may carry its subtasks (the spec does not fix the name). */
const CHILD_KEYS = ['subTasks', 'subtasks', 'children'];

/** One entry per task, parents before their subtasks, with the nested lists lifted out. */
export function flattenTasks(tasks: IDataObject[]): IDataObject[] {
	return tasks.flatMap((task) => {
		const own = { ...task };
		const children: IDataObject[] = [];
		for (const key of CHILD_KEYS) {
			if (!Array.isArray(own[key])) continue;
			children.push(...(own[key] as IDataObject[]));
			delete own[key];
		}
		return [own, ...flattenTasks(children)];
	});
}
