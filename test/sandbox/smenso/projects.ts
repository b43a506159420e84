import type { SandboxResponse } from '../server';
import { applyFlavors, readFlavors } from './flavors';
import { read, write, type RouteModule } from './routes';
import { unknownQuery } from './settings';
import {
	accept,
	itemResult,
	newId,
	notFound,
	outDate,
	readEnvelope,
	validation,
	type Rec,
	type SmensoState,
} from './state';

const PROJECT_FIELDS = [
	'title',
	'description',
	'goal',
	'benefit',
	'phaseId',
	'typeId',
	'startDate',
	'endDate',
	'budget',
	'currency',
	'locationId',
	'departmentId',
	'projectManager',
	'statusId',
	'workflowId',
	'hourlyRate',
	'usePersonalHourlyRates',
	'blockTimeRecording',
	'flavor',
];

/** Projects as the Integration API returns them: dates as dd.MM.yyyy. */
export function projectOut(project: Rec): Rec {
	// templateId is the sandbox's own bookkeeping, not a field smenso documents.
	const { templateId: _templateId, ...out } = project;
	for (const key of ['startDate', 'endDate']) {
		const value = out[key];
		if (typeof value === 'string' && /^\d{4}-/.test(value)) out[key] = outDate(value);
	}
	return out;
}

function archiveRoute(state: SmensoState, archived: boolean) {
	return (_req: unknown, { projectId }: Record<string, string>): SandboxResponse => {
		const project = state.projects.get(projectId);
		if (!project) return notFound('Project');
		project.archived = archived;
		return accept(state, [itemResult({}, projectId)]);
	};
}

export const projectRoutes: RouteModule = (state) => [
	read('GET', '/integration/project/json', (req) => {
		// The query parameters smenso's node sends to the project list (smenso.md §5.2 [NODE-B]).
		const bad = unknownQuery(req, [
			'projectIds',
			'lang',
			'timezone',
			'viewId',
			'includeTagsInArchived',
		]);
		if (bad) return bad;
		const ids =
			typeof req.query.projectIds === 'string' ? req.query.projectIds.split(',') : undefined;
		const list = [...state.projects.values()].filter((p) => !ids || ids.includes(String(p.id)));
		return { status: 200, body: list.map(projectOut) };
	}),

	read('GET', '/integration/project/json/:projectId', (_req, { projectId }) => {
		const project = state.projects.get(projectId);
		return project ? { status: 200, body: projectOut(project) } : notFound('Project');
	}),

	write('POST', '/integration/project/json', (req) => {
		const { error, items } = readEnvelope(req.body, {
			entity: 'project',
			fields: PROJECT_FIELDS,
			required: ['title', 'phaseId', 'typeId'],
			dates: ['startDate', 'endDate'],
		});
		if (error) return error;
		const results = items.map((item) => {
			if (item.startDate && item.endDate && String(item.endDate) < String(item.startDate)) {
				return itemResult(item, null, 'The end date must not be before the start date.');
			}
			const { tempId: _tempId, flavor, ...fields } = item;
			const flavors = readFlavors(state, flavor);
			if (flavors.error) return itemResult(item, null, flavors.error);
			const id = newId(state, 'project');
			const project: Rec = { id, archived: false, flavors: [], ...fields };
			applyFlavors(project, flavors.values);
			state.projects.set(id, project);
			return itemResult(item, id);
		});
		return accept(state, results);
	}),

	write('PUT', '/integration/project/json', (req) => {
		const { error, items } = readEnvelope(req.body, {
			entity: 'project',
			fields: [...PROJECT_FIELDS, 'id', 'useExternalId'],
			required: ['id'],
			dates: ['startDate', 'endDate'],
		});
		if (error) return error;
		const results = items.map((item) => {
			const project = item.useExternalId
				? [...state.projects.values()].find((p) => p.externalId === item.id)
				: state.projects.get(String(item.id));
			if (!project) return itemResult(item, null, `Project ${String(item.id)} was not found.`);
			if (project.archived)
				return itemResult(item, String(project.id), 'Archived projects cannot be changed.');
			const { tempId: _t, id: _i, useExternalId: _u, flavor, ...fields } = item;
			const flavors = readFlavors(state, flavor);
			if (flavors.error) return itemResult(item, String(project.id), flavors.error);
			Object.assign(project, fields);
			applyFlavors(project, flavors.values);
			return itemResult(item, String(project.id));
		});
		return accept(state, results);
	}),

	// Create from template (path per the spec's docs).
	write('POST', '/integration/project/json/:templateId', (req, { templateId }) => {
		if (!state.projectTemplates.has(templateId)) return notFound('Template');
		const body = (req.body ?? {}) as Rec;
		const allowed = [
			'title',
			'folder',
			'projectType',
			'isPrivate',
			'startDate',
			'statusId',
			'code',
			'options',
			'tempId',
		];
		const errors: Record<string, string[]> = {};
		for (const key of Object.keys(body))
			if (!allowed.includes(key)) errors[key] = [`Unknown field '${key}'.`];
		if (!body.title) errors.title = ['The title field is required.'];
		if (
			body.startDate !== undefined &&
			!/^\d{4}-\d{2}-\d{2}$|^\d{2}\.\d{2}\.\d{4}$/.test(String(body.startDate))
		) {
			errors.startDate = [`'${String(body.startDate)}' is not a valid date.`];
		}
		if (Object.keys(errors).length) return validation(errors);
		const id = newId(state, 'project');
		state.projects.set(id, {
			id,
			title: body.title,
			archived: false,
			phaseId: 1,
			typeId: 1,
			templateId,
			flavors: [],
		});
		return accept(state, [itemResult(body, id)]);
	}),

	// Apply a template's master data to an existing project.
	write('PUT', '/integration/project/json/:templateId', (req, { templateId }) => {
		if (!state.projectTemplates.has(templateId)) return notFound('Template');
		const body = (req.body ?? {}) as Rec;
		if (!body.projectId) return validation({ projectId: ['The projectId field is required.'] });
		const project = state.projects.get(String(body.projectId));
		if (!project) return notFound('Project');
		project.templateId = templateId;
		return accept(state, [itemResult(body, String(project.id))]);
	}),

	// Archive: the spec names two paths; both exist here, the first is the default.
	write('POST', '/integration/project/json/archive/:projectId', archiveRoute(state, true)),
	write('POST', '/integration/project/json/:projectId/archive', archiveRoute(state, true)),
	write('POST', '/integration/project/json/unarchive/:projectId', archiveRoute(state, false)),

	write('DELETE', '/integration/project/json/:projectId', (_req, { projectId }) => {
		if (!state.projects.delete(projectId)) return notFound('Project');
		return accept(state, [itemResult({}, projectId)]);
	}),
];
