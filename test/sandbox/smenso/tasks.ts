/**
 * Tasks, per the spec's §5.3. The JSON field names are not confirmed, so items may use either
 * the spec's "probable" names or the ones smenso's own node sends (dueDate/endDate,
 * parentId/parentTaskId, plannedDuration in minutes/plannedHours, appointedPersons/
 * responsibleUserId); both are stored under the probable name. Giving both variants of one
 * field is a 400. Dates, required fields and unknown fields are checked as strictly as for
 * projects; business rules (project, parent, assignees, date order) fail the ticket item.
 *
 * Paths the spec knows in two versions exist here in both: the list under
 * `/task/json/{projectId}` and `/task/json?projectId=`, the tree under
 * `/task/json/{projectId}/{taskId}` and `/task/json/{taskId}/tree`.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { applyFlavors, readFlavors } from './flavors';
import { read, write, type RouteModule } from './routes';
import { unknownQuery } from './settings';
import {
	accept,
	itemResult,
	newId,
	notFound,
	outDate,
	readDate,
	readEnvelope,
	validation,
	type Rec,
	type SmensoState,
} from './state';

const TASK_FIELDS = [
	'title',
	'description',
	'parentId',
	'parentTaskId',
	'startDate',
	'dueDate',
	'endDate',
	'plannedDuration',
	'plannedHours',
	'duration',
	'plannedCost',
	'cost',
	'priority',
	'statusId',
	'workflowId',
	'workflowStatusId',
	'appointedPersons',
	'responsibleUserId',
	'folder',
	'isMilestone',
	'processId',
	'computeCost',
	'sortOrder',
	'flavor',
];
const TASK_DATES = ['startDate', 'dueDate', 'endDate'];
/** [probable name, name smenso's node uses]. */
const VARIANTS: Array<[string, string]> = [
	['dueDate', 'endDate'],
	['parentId', 'parentTaskId'],
	['plannedDuration', 'plannedHours'],
	['appointedPersons', 'responsibleUserId'],
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'];

/** Tasks as the Integration API returns them: dates as dd.MM.yyyy. */
export function taskOut(state: SmensoState, task: Rec): Rec {
	const { templateId: _templateId, ...out } = task;
	for (const key of ['startDate', 'dueDate']) {
		const value = out[key];
		if (typeof value === 'string' && /^\d{4}-/.test(value)) out[key] = outDate(value);
	}
	// The other reading of the due date's name (smenso's own node writes endDate).
	if (state.taskDueField === 'endDate' && 'dueDate' in out) {
		out.endDate = out.dueDate;
		delete out.dueDate;
	}
	return out;
}

function childrenOf(state: SmensoState, parentId: string): Rec[] {
	return [...state.tasks.values()].filter((t) => t.parentId === parentId);
}

/** A task with its subtasks nested under `subTasks`, all the way down. */
function taskTree(state: SmensoState, task: Rec): Rec {
	return {
		...taskOut(state, task),
		subTasks: childrenOf(state, String(task.id)).map((child) => taskTree(state, child)),
	};
}

/**
 * The list is FLAT: every task of the project, subtasks included, each once and with its
 * `parentId`, parents before their subtasks (depth-first). The tree shape is what the
 * task-tree endpoint is for; a flat list maps one-to-one onto n8n items and Limit.
 */
function projectTasks(state: SmensoState, projectId: string): Rec[] {
	const walk = (task: Rec): Rec[] => [
		taskOut(state, task),
		...childrenOf(state, String(task.id)).flatMap(walk),
	];
	return [...state.tasks.values()]
		.filter((t) => t.projectId === projectId && !t.parentId)
		.flatMap(walk);
}

function isNumberLike(value: unknown): boolean {
	return (
		(typeof value === 'number' && Number.isFinite(value)) ||
		(typeof value === 'string' && /^\d+$/.test(value))
	);
}

/**
 * Checks field types and folds the naming variants into one name. Returns the items in the
 * stored shape, or the 400 answer.
 */
function normalise(items: Rec[]): { error?: SandboxResponse; items: Rec[] } {
	const errors: Record<string, string[]> = {};
	const out = items.map((raw, index) => {
		const at = `task[${index}]`;
		const item = { ...raw };
		for (const [probable, other] of VARIANTS) {
			if (item[probable] !== undefined && item[other] !== undefined) {
				errors[`${at}.${other}`] = [`Give either ${probable} or ${other}, not both.`];
			}
		}
		if (item.endDate !== undefined) item.dueDate = item.endDate;
		if (item.parentTaskId !== undefined) item.parentId = item.parentTaskId;
		if (item.plannedHours !== undefined) {
			if (typeof item.plannedHours !== 'number' || item.plannedHours < 0)
				errors[`${at}.plannedHours`] = ['plannedHours must be a number of hours ≥ 0.'];
			else item.plannedDuration = Math.round(item.plannedHours * 60);
		}
		if (item.responsibleUserId !== undefined) item.appointedPersons = item.responsibleUserId;
		for (const key of ['endDate', 'parentTaskId', 'plannedHours', 'responsibleUserId'])
			delete item[key];

		if (item.title !== undefined && (typeof item.title !== 'string' || !item.title.trim()))
			errors[`${at}.title`] = ['The title must be a non-empty text.'];
		for (const key of ['plannedDuration', 'duration']) {
			const value = item[key];
			if (
				value !== undefined &&
				(typeof value !== 'number' || !Number.isInteger(value) || value < 0)
			) {
				errors[`${at}.${key}`] = [`${key} must be a whole number of minutes ≥ 0.`];
			}
		}
		if (
			item.priority !== undefined &&
			(!isNumberLike(item.priority) || Number(item.priority) < 1 || Number(item.priority) > 4)
		) {
			errors[`${at}.priority`] = ['The priority must be 1, 2, 3 or 4.'];
		}
		if (item.statusId !== undefined && !isNumberLike(item.statusId))
			errors[`${at}.statusId`] = ['The statusId must be a number.'];
		if (item.isMilestone !== undefined && typeof item.isMilestone !== 'boolean')
			errors[`${at}.isMilestone`] = ['isMilestone must be true or false.'];
		if (
			item.parentId !== undefined &&
			item.parentId !== null &&
			!GUID.test(String(item.parentId))
		) {
			errors[`${at}.parentId`] = [`'${String(item.parentId)}' is not a GUID.`];
		}
		if (item.appointedPersons !== undefined) {
			// The XML API documents a comma-separated string; an array is accepted too.
			const list = Array.isArray(item.appointedPersons)
				? item.appointedPersons.map(String)
				: typeof item.appointedPersons === 'string'
					? item.appointedPersons
							.split(',')
							.map((id) => id.trim())
							.filter(Boolean)
					: undefined;
			if (!list || list.some((id) => !GUID.test(id)))
				errors[`${at}.appointedPersons`] = ['appointedPersons must be user GUIDs.'];
			else item.appointedPersons = list;
		}
		return item;
	});
	return { error: Object.keys(errors).length ? validation(errors) : undefined, items: out };
}

function isoOf(value: unknown): string | undefined {
	return value === undefined || value === null ? undefined : readDate(value);
}

/** Business rules shared by create and update; a message fails the item inside the ticket. */
function ruleError(state: SmensoState, task: Rec, ownId?: string): string | undefined {
	const start = isoOf(task.startDate);
	const due = isoOf(task.dueDate);
	if (start && due && due < start) return 'The due date must not be before the start date.';
	if (task.parentId) {
		const parent = state.tasks.get(String(task.parentId));
		if (!parent || parent.projectId !== task.projectId)
			return `Parent task ${String(task.parentId)} was not found in this project.`;
		for (
			let node: Rec | undefined = parent;
			node;
			node = node.parentId ? state.tasks.get(String(node.parentId)) : undefined
		) {
			if (ownId && node.id === ownId)
				return 'A task cannot be moved below itself or one of its subtasks.';
		}
	}
	for (const user of (task.appointedPersons as string[] | undefined) ?? []) {
		if (!state.members.some((m) => m.id === user))
			return `User ${user} is not a member of this workspace.`;
	}
	if (task.folder) {
		const known = [...state.folders.values()].some(
			(f) => f.projectId === task.projectId && f.name === task.folder,
		);
		if (!known) return `Folder '${String(task.folder)}' does not exist in this project.`;
	}
	return undefined;
}

function projectError(state: SmensoState, projectId: string): string | undefined {
	const project = state.projects.get(projectId);
	if (!project) return `Project ${projectId} was not found.`;
	if (project.archived) return 'Archived projects cannot be changed.';
	return undefined;
}

function deleteTree(state: SmensoState, taskId: string): void {
	for (const child of childrenOf(state, taskId)) deleteTree(state, String(child.id));
	state.tasks.delete(taskId);
	for (const task of state.tasks.values()) {
		task.dependencies = ((task.dependencies as Rec[]) ?? []).filter((d) => d.taskId !== taskId);
	}
}

/** The task list's query parameters (smenso.md §5.3 [NODE-B]); the second path form adds projectId. */
const LIST_QUERY = ['lang', 'timezone', 'viewId'];

function listFor(
	state: SmensoState,
	projectId: string,
	req: SandboxRequest,
	extra: string[] = [],
): SandboxResponse {
	const bad = unknownQuery(req, [...LIST_QUERY, ...extra]);
	if (bad) return bad;
	if (!state.projects.has(projectId)) return notFound('Project');
	return { status: 200, body: projectTasks(state, projectId) };
}

function treeFor(state: SmensoState, taskId: string, projectId?: string): SandboxResponse {
	const task = state.tasks.get(taskId);
	if (!task || (projectId && task.projectId !== projectId)) return notFound('Task');
	return { status: 200, body: taskTree(state, task) };
}

/** A dependency change answers like every write: the task's item result (no documented body of its own). */
function dependencyAnswer(state: SmensoState, task: Rec): SandboxResponse {
	return accept(state, [itemResult({}, String(task.id))]);
}

export const taskRoutes: RouteModule = (state) => [
	// List, second documented form: `?projectId=`.
	read('GET', '/integration/task/json', (req) => {
		const projectId = req.query.projectId;
		if (typeof projectId !== 'string' || !projectId)
			return validation({ projectId: ['The projectId parameter is required.'] });
		return listFor(state, projectId, req, ['projectId']);
	}),

	// Tree, second documented form; before `:projectId/:taskId`, which would also match it.
	read('GET', '/integration/task/json/:taskId/tree', (_req, { taskId }) => treeFor(state, taskId)),

	read('GET', '/integration/task/json/:projectId/:taskId', (_req, { projectId, taskId }) =>
		treeFor(state, taskId, projectId),
	),

	read('GET', '/integration/task/json/:projectId', (req, { projectId }) =>
		listFor(state, projectId, req),
	),

	write('POST', '/integration/task/json', (req) => {
		const envelope = readEnvelope(req.body, {
			entity: 'task',
			fields: TASK_FIELDS,
			required: ['title'],
			dates: TASK_DATES,
			topLevel: ['projectId'],
			topRequired: ['projectId'],
		});
		if (envelope.error) return envelope.error;
		const { error, items } = normalise(envelope.items);
		if (error) return error;
		const projectId = String(envelope.top.projectId);
		const results = items.map((item) => {
			const { tempId: _tempId, flavor, ...fields } = item;
			const task: Rec = {
				id: '',
				projectId,
				parentId: null,
				statusId: 1,
				priority: 2,
				dependencies: [],
				flavors: [],
				...fields,
			};
			const flavors = readFlavors(state, flavor);
			const problem = projectError(state, projectId) ?? ruleError(state, task) ?? flavors.error;
			if (problem) return itemResult(item, null, problem);
			task.id = newId(state, 'task');
			applyFlavors(task, flavors.values);
			state.tasks.set(String(task.id), task);
			return itemResult(item, String(task.id));
		});
		return accept(state, results);
	}),

	write('PUT', '/integration/task/json', (req) => {
		const envelope = readEnvelope(req.body, {
			entity: 'task',
			fields: [...TASK_FIELDS, 'id', 'useExternalId'],
			required: ['id'],
			dates: TASK_DATES,
		});
		if (envelope.error) return envelope.error;
		const { error, items } = normalise(envelope.items);
		if (error) return error;
		const results = items.map((item) => {
			const task = item.useExternalId
				? [...state.tasks.values()].find((t) => t.externalId === item.id)
				: state.tasks.get(String(item.id));
			if (!task) return itemResult(item, null, `Task ${String(item.id)} was not found.`);
			const { tempId: _t, id: _i, useExternalId: _u, flavor, ...fields } = item;
			const merged = { ...task, ...fields };
			const flavors = readFlavors(state, flavor);
			const problem =
				projectError(state, String(task.projectId)) ??
				ruleError(state, merged, String(task.id)) ??
				flavors.error;
			if (problem) return itemResult(item, String(task.id), problem);
			Object.assign(task, fields);
			applyFlavors(task, flavors.values);
			return itemResult(item, String(task.id));
		});
		return accept(state, results);
	}),

	// Create from a task template: a plain body, no envelope.
	write('POST', '/integration/task/json/:templateId', (req, { templateId }) => {
		if (!state.taskTemplates.has(templateId)) return notFound('Template');
		const body = (req.body ?? {}) as Rec;
		if (typeof body !== 'object' || Array.isArray(body))
			return validation({ '': ['A JSON object body is required.'] });
		const allowed = [
			'projectId',
			'title',
			'overrideStatus',
			'overridePriority',
			'overrideWorkflow',
		];
		const errors: Record<string, string[]> = {};
		for (const key of Object.keys(body))
			if (!allowed.includes(key)) errors[key] = [`Unknown field '${key}'.`];
		if (!body.projectId) errors.projectId = ['The projectId field is required.'];
		if (body.title !== undefined && (typeof body.title !== 'string' || !body.title.trim()))
			errors.title = ['The title must be a non-empty text.'];
		for (const key of ['overrideStatus', 'overridePriority', 'overrideWorkflow']) {
			if (body[key] !== undefined && typeof body[key] !== 'boolean')
				errors[key] = [`The ${key} field must be true or false.`];
		}
		if (Object.keys(errors).length) return validation(errors);
		const problem = projectError(state, String(body.projectId));
		if (problem) return accept(state, [itemResult(body, null, problem)]);
		const id = newId(state, 'task');
		state.tasks.set(id, {
			id,
			projectId: body.projectId,
			parentId: null,
			title: body.title ?? 'Template task',
			templateId,
			statusId: 1,
			priority: 2,
			dependencies: [],
			flavors: [],
		});
		return accept(state, [itemResult(body, id)]);
	}),

	// Add or change predecessors: a JSON array body; the change is immediate (200).
	write('PATCH', '/integration/task/json/:taskId/dependencies', (req, { taskId }) => {
		const task = state.tasks.get(taskId);
		if (!task) return notFound('Task');
		const list = req.body;
		if (!Array.isArray(list) || list.length === 0)
			return validation({ '': ['A non-empty JSON array body is required.'] });
		const errors: Record<string, string[]> = {};
		list.forEach((raw: unknown, index) => {
			const at = `[${index}]`;
			if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
				errors[at] = ['Each entry must be an object.'];
				return;
			}
			const entry = raw as Rec;
			for (const key of Object.keys(entry))
				if (!['taskId', 'type', 'lag'].includes(key))
					errors[`${at}.${key}`] = [`Unknown field '${key}'.`];
			const predecessor = state.tasks.get(String(entry.taskId ?? ''));
			if (!entry.taskId) errors[`${at}.taskId`] = ['The taskId field is required.'];
			else if (!predecessor || predecessor.projectId !== task.projectId)
				errors[`${at}.taskId`] = [`Task ${String(entry.taskId)} was not found in this project.`];
			else if (entry.taskId === taskId)
				errors[`${at}.taskId`] = ['A task cannot depend on itself.'];
			if (!DEPENDENCY_TYPES.includes(String(entry.type)))
				errors[`${at}.type`] = [
					`'${String(entry.type)}' is not a dependency type. Use FS, SS, FF or SF.`,
				];
			if (
				entry.lag !== undefined &&
				(typeof entry.lag !== 'number' || !Number.isInteger(entry.lag))
			)
				errors[`${at}.lag`] = ['The lag must be a whole number.'];
		});
		if (Object.keys(errors).length) return validation(errors);
		const current = ((task.dependencies as Rec[]) ?? []).filter(
			(d) => !list.some((n: Rec) => n.taskId === d.taskId),
		);
		task.dependencies = [
			...current,
			...list.map((n: Rec) => ({ taskId: n.taskId, type: n.type, lag: n.lag ?? 0 })),
		];
		return dependencyAnswer(state, task);
	}),

	// Remove predecessors: `?taskIds=a&taskIds=b` (repeated key). IDs that are not predecessors
	// are ignored; `taskIds[0]=…` or any other parameter is rejected.
	write('DELETE', '/integration/task/json/:taskId/dependencies', (req, { taskId }) => {
		const task = state.tasks.get(taskId);
		if (!task) return notFound('Task');
		const unknown = Object.keys(req.query).filter((key) => key !== 'taskIds');
		if (unknown.length)
			return validation(
				Object.fromEntries(unknown.map((key) => [key, [`Unknown parameter '${key}'.`]])),
			);
		const raw = req.query.taskIds;
		const ids = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
		if (ids.length === 0) return validation({ taskIds: ['The taskIds parameter is required.'] });
		const bad = ids.filter((id) => !GUID.test(id));
		if (bad.length) return validation({ taskIds: bad.map((id) => `'${id}' is not a GUID.`) });
		task.dependencies = ((task.dependencies as Rec[]) ?? []).filter(
			(d) => !ids.includes(String(d.taskId)),
		);
		return dependencyAnswer(state, task);
	}),

	write('DELETE', '/integration/task/json/:taskId', (_req, { taskId }) => {
		if (!state.tasks.has(taskId)) return notFound('Task');
		deleteTree(state, taskId);
		return accept(state, [itemResult({}, taskId)]);
	}),
];
