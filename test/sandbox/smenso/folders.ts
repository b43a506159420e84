/**
 * Task folders ("phases" in the node) of a project, per the spec's §5.8 (paths and fields from
 * smenso's own node, unverified). Folder IDs are GUIDs here, like every other smenso entity ID;
 * the spec does not say, so the node also accepts whole numbers.
 */
import { read, write, type RouteModule } from './routes';
import {
	accept,
	guid,
	itemResult,
	newId,
	notFound,
	outDate,
	readEnvelope,
	SEED,
	validation,
	type Rec,
	type SmensoState,
} from './state';

const FOLDER_FIELDS = [
	'name',
	'priority',
	'startDate',
	'endDate',
	'description',
	'color',
	'fillRowWithColor',
	'noNewTasksAllowed',
	'lockNewTasks',
	'privateNewTasks',
	'locked',
	'taskTemplateId',
];
const BOOLEAN_FIELDS = [
	'fillRowWithColor',
	'noNewTasksAllowed',
	'lockNewTasks',
	'privateNewTasks',
	'locked',
];
const PRIORITIES = ['none', 'low', 'medium', 'high', 'highest'];

/** Seeded folders of SEED.mainProjectId. */
export const FOLDER_SEED = {
	planningId: guid('folder-0'),
	executionId: guid('folder-1'),
};

function seedFolders(state: SmensoState): void {
	const base = {
		projectId: SEED.mainProjectId,
		description: '',
		fillRowWithColor: false,
		noNewTasksAllowed: false,
		lockNewTasks: false,
		privateNewTasks: false,
		locked: false,
		taskTemplateId: null,
	};
	state.folders.set(FOLDER_SEED.planningId, {
		...base,
		id: FOLDER_SEED.planningId,
		name: 'Planning',
		priority: 'high',
		startDate: '2026-01-05',
		endDate: '2026-01-30',
		color: '#1E88E5',
	});
	state.folders.set(FOLDER_SEED.executionId, {
		...base,
		id: FOLDER_SEED.executionId,
		name: 'Execution',
		priority: 'medium',
		startDate: '2026-02-02',
		endDate: '2026-06-30',
		color: '#43A047',
	});
}

/** Folders as the Integration API returns them: dates as dd.MM.yyyy. */
export function folderOut(folder: Rec): Rec {
	const out = { ...folder };
	for (const key of ['startDate', 'endDate']) {
		const value = out[key];
		if (typeof value === 'string' && /^\d{4}-/.test(value)) out[key] = outDate(value);
	}
	return out;
}

/** Field types the spec names; anything else is a 400 like any validation failure. */
function typeErrors(items: Rec[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		const at = `folder[${index}]`;
		if (item.name !== undefined && (typeof item.name !== 'string' || !item.name.trim())) {
			errors[`${at}.name`] = ['The name must be a non-empty text.'];
		}
		if (item.priority !== undefined && !PRIORITIES.includes(String(item.priority))) {
			errors[`${at}.priority`] = [
				`'${String(item.priority)}' is not a priority. Use ${PRIORITIES.join(', ')}.`,
			];
		}
		if (item.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(String(item.color))) {
			errors[`${at}.color`] = [`'${String(item.color)}' is not a colour. Use #RRGGBB.`];
		}
		for (const key of BOOLEAN_FIELDS) {
			if (item[key] !== undefined && typeof item[key] !== 'boolean')
				errors[`${at}.${key}`] = [`The ${key} field must be true or false.`];
		}
	});
	return errors;
}

/** Business rules; a message means the item fails inside the ticket. */
function ruleError(
	state: SmensoState,
	projectId: string,
	folder: Rec,
	ownId?: string,
): string | undefined {
	if (folder.startDate && folder.endDate && String(folder.endDate) < String(folder.startDate)) {
		return 'The end date must not be before the start date.';
	}
	if (folder.taskTemplateId && !state.taskTemplates.has(String(folder.taskTemplateId))) {
		return `Task template ${String(folder.taskTemplateId)} was not found.`;
	}
	const clash = [...state.folders.values()].find(
		(f) =>
			f.projectId === projectId &&
			f.id !== ownId &&
			String(f.name).toLowerCase() === String(folder.name).toLowerCase(),
	);
	return clash
		? `A folder named '${String(folder.name)}' already exists in this project.`
		: undefined;
}

/** The project of a write, or the item error when there is none to write to. */
function projectError(state: SmensoState, projectId: string): string | undefined {
	const project = state.projects.get(projectId);
	if (!project) return `Project ${projectId} was not found.`;
	if (project.archived) return 'Archived projects cannot be changed.';
	return undefined;
}

export const folderRoutes: RouteModule = (state) => {
	seedFolders(state);
	return [
		read('GET', '/integration/folders/json/:projectId', (req, { projectId }) => {
			if (!state.projects.has(projectId)) return notFound('Project');
			const unknown = Object.keys(req.query).filter((key) => !['lang', 'timezone'].includes(key));
			if (unknown.length)
				return validation(
					Object.fromEntries(unknown.map((key) => [key, [`Unknown parameter '${key}'.`]])),
				);
			const list = [...state.folders.values()].filter((f) => f.projectId === projectId);
			return { status: 200, body: list.map(folderOut) };
		}),

		write('POST', '/integration/folders/json', (req) => {
			const { error, items, top } = readEnvelope(req.body, {
				entity: 'folder',
				fields: FOLDER_FIELDS,
				required: ['name'],
				dates: ['startDate', 'endDate'],
				topLevel: ['projectId'],
				topRequired: ['projectId'],
			});
			if (error) return error;
			const errors = typeErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const projectId = String(top.projectId);
			const results = items.map((item) => {
				const problem = projectError(state, projectId) ?? ruleError(state, projectId, item);
				if (problem) return itemResult(item, null, problem);
				const id = newId(state, 'folder');
				const { tempId: _tempId, ...fields } = item;
				state.folders.set(id, {
					id,
					projectId,
					priority: 'none',
					description: '',
					fillRowWithColor: false,
					noNewTasksAllowed: false,
					lockNewTasks: false,
					privateNewTasks: false,
					locked: false,
					taskTemplateId: null,
					...fields,
				});
				return itemResult(item, id);
			});
			return accept(state, results);
		}),

		write('PUT', '/integration/folders/json', (req) => {
			const { error, items, top } = readEnvelope(req.body, {
				entity: 'folder',
				fields: [...FOLDER_FIELDS, 'id', 'useExternalId'],
				required: ['id'],
				dates: ['startDate', 'endDate'],
				topLevel: ['projectId'],
				topRequired: ['projectId'],
			});
			if (error) return error;
			const errors = typeErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const projectId = String(top.projectId);
			const results = items.map((item) => {
				const missing = projectError(state, projectId);
				if (missing) return itemResult(item, null, missing);
				const folder = item.useExternalId
					? [...state.folders.values()].find(
							(f) => f.projectId === projectId && f.externalId === item.id,
						)
					: state.folders.get(String(item.id));
				if (!folder || folder.projectId !== projectId) {
					return itemResult(item, null, `Folder ${String(item.id)} was not found in this project.`);
				}
				const { tempId: _t, id: _i, useExternalId: _u, ...fields } = item;
				const merged = { ...folder, ...fields };
				const problem = ruleError(state, projectId, merged, String(folder.id));
				if (problem) return itemResult(item, String(folder.id), problem);
				// Tasks name their folder; a rename carries over.
				if (fields.name !== undefined && fields.name !== folder.name) {
					for (const task of state.tasks.values()) {
						if (task.projectId === projectId && task.folder === folder.name)
							task.folder = fields.name;
					}
				}
				Object.assign(folder, fields);
				return itemResult(item, String(folder.id));
			});
			return accept(state, results);
		}),

		write(
			'DELETE',
			'/integration/folders/json/:projectId/:folderId',
			(_req, { projectId, folderId }) => {
				if (!state.projects.has(projectId)) return notFound('Project');
				const folder = state.folders.get(folderId);
				if (!folder || folder.projectId !== projectId) return notFound('Folder');
				state.folders.delete(folderId);
				for (const task of state.tasks.values()) {
					if (task.projectId === projectId && task.folder === folder.name) task.folder = null;
				}
				return accept(state, [itemResult({}, folderId)]);
			},
		),
	];
};
