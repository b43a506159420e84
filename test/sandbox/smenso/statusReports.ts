/**
 * Status reports: POST/PUT/DELETE and create-from-template, all asynchronous (202 + ticket) as
 * the spec documents. There is no GET: tests read `state.statusReports`. Records are kept as
 * `{ id, projectId, title, statusDate, targetDate (ISO), overallStatusId, timeStatusId,
 * costStatusId, goalStatusId, progressManual, explanation, nextSteps, isPublished,
 * publicationDate, externalId, templateId?, flavors }`.
 * Documented rules: one draft per project; published reports are frozen (ticket item errors).
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { applyFlavors, readFlavors } from './flavors';
import { write, type RouteModule } from './routes';
import {
	accept,
	guid,
	itemResult,
	newId,
	notFound,
	readEnvelope,
	validation,
	type Rec,
	type SmensoState,
} from './state';

export const STATUS_REPORT_SEED = {
	/** Published report on the main project (Website Relaunch). */
	published: guid('status-report-0'),
	/** Draft on Project 0001: that project cannot take another draft. */
	draft: guid('status-report-1'),
};

const FIELDS = [
	'title',
	'statusDate',
	'overallStatusId',
	'timeStatusId',
	'costStatusId',
	'goalStatusId',
	'progressManual',
	'explanation',
	'nextSteps',
	'targetDate',
	'isPublished',
	'flavor',
];

const RANGES: Record<string, [number, number]> = {
	overallStatusId: [1, 7],
	timeStatusId: [1, 4],
	costStatusId: [1, 4],
	goalStatusId: [1, 4],
	progressManual: [0, 100],
};

function valueErrors(items: Rec[], entity = 'statusReport'): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		for (const [key, [min, max]] of Object.entries(RANGES)) {
			const value = item[key];
			if (value === undefined || value === null) continue;
			if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
				errors[`${entity}[${index}].${key}`] = [
					`${key} must be a whole number from ${min} to ${max}.`,
				];
			}
		}
		if (item.isPublished !== undefined && typeof item.isPublished !== 'boolean') {
			errors[`${entity}[${index}].isPublished`] = ['isPublished must be true or false.'];
		}
	});
	return errors;
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

function draftOf(state: SmensoState, projectId: unknown): Rec | undefined {
	return [...state.statusReports.values()].find((r) => r.projectId === projectId && !r.isPublished);
}

function draftProblem(state: SmensoState, project: Rec): string | undefined {
	const draft = draftOf(state, project.id);
	if (!draft) return undefined;
	return `The project '${String(project.title)}' already has a draft status report ('${String(draft.title)}'). A project can have only one draft: publish or delete it first.`;
}

function seed(state: SmensoState): void {
	const rows: Rec[] = [
		{
			id: STATUS_REPORT_SEED.published,
			projectId: guid('project-0'),
			title: 'Week 1',
			statusDate: '2026-01-09',
			overallStatusId: 1,
			progressManual: 10,
			explanation: '<p>Kick-off done.</p>',
			isPublished: true,
			publicationDate: '2026-01-09',
		},
		{
			id: STATUS_REPORT_SEED.draft,
			projectId: guid('project-1'),
			title: 'Week 2 (draft)',
			statusDate: '2026-01-16',
			overallStatusId: 2,
			progressManual: 20,
			isPublished: false,
			publicationDate: null,
		},
	];
	for (const row of rows)
		state.statusReports.set(String(row.id), { externalId: null, flavors: [], ...row });
}

export const statusReportRoutes: RouteModule = (state) => {
	seed(state);

	/** From a template: the docs' path and smenso's node's path both lead here. */
	const fromTemplate = (
		req: SandboxRequest,
		{ templateId }: Record<string, string>,
	): SandboxResponse => {
		if (!state.statusReportTemplates.has(templateId)) return notFound('Template');
		const body = (req.body ?? {}) as Rec;
		if (typeof body !== 'object' || Array.isArray(body))
			return validation({ '': ['A JSON object body is required.'] });
		const allowed = ['projectId', 'title', 'progressManual', 'tempId'];
		const errors: Record<string, string[]> = {};
		for (const key of Object.keys(body))
			if (!allowed.includes(key)) errors[key] = [`Unknown field '${key}'.`];
		if (!body.projectId) errors.projectId = ['The projectId field is required.'];
		if (!body.title) errors.title = ['The title field is required.'];
		Object.assign(errors, valueErrors([body], 'body'));
		if (Object.keys(errors).length) return validation(errors);
		const project = state.projects.get(String(body.projectId));
		if (!project) return notFound('Project');
		const problem = draftProblem(state, project);
		if (problem) return accept(state, [itemResult(body, null, problem)]);
		const id = newId(state, 'status-report');
		state.statusReports.set(id, {
			id,
			projectId: project.id,
			title: body.title,
			statusDate: today(),
			overallStatusId: 1,
			progressManual: body.progressManual ?? 0,
			isPublished: false,
			publicationDate: null,
			externalId: null,
			templateId,
			flavors: [],
		});
		return accept(state, [itemResult(body, id)]);
	};

	return [
		write('POST', '/integration/statusreport/json', (req) => {
			const { error, items, top } = readEnvelope(req.body, {
				entity: 'statusReport',
				fields: FIELDS,
				required: ['title', 'statusDate'],
				dates: ['statusDate', 'targetDate'],
				topLevel: ['projectId'],
				topRequired: ['projectId'],
			});
			if (error) return error;
			const errors = valueErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const project = state.projects.get(String(top.projectId));
			if (!project) return notFound('Project');
			const results = items.map((item) => {
				if (!item.isPublished) {
					const problem = draftProblem(state, project);
					if (problem) return itemResult(item, null, problem);
				}
				const { tempId: _t, flavor, ...fields } = item;
				const flavors = readFlavors(state, flavor);
				if (flavors.error) return itemResult(item, null, flavors.error);
				const id = newId(state, 'status-report');
				state.statusReports.set(id, {
					overallStatusId: 1,
					externalId: null,
					...fields,
					id,
					projectId: project.id,
					isPublished: Boolean(item.isPublished),
					publicationDate: item.isPublished ? today() : null,
					flavors: flavors.values,
				});
				return itemResult(item, id);
			});
			return accept(state, results);
		}),

		write('PUT', '/integration/statusreport/json', (req) => {
			const { error, items, top } = readEnvelope(req.body, {
				entity: 'statusReport',
				fields: [...FIELDS, 'id', 'useExternalId'],
				required: ['id'],
				dates: ['statusDate', 'targetDate'],
				topLevel: ['projectId'],
			});
			if (error) return error;
			const errors = valueErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const report = item.useExternalId
					? [...state.statusReports.values()].find((r) => r.externalId === item.id)
					: state.statusReports.get(String(item.id));
				if (!report)
					return itemResult(item, null, `Status report ${String(item.id)} was not found.`);
				if (top.projectId !== undefined && top.projectId !== report.projectId) {
					return itemResult(
						item,
						String(report.id),
						`Status report ${String(report.id)} does not belong to project ${String(top.projectId)}.`,
					);
				}
				if (report.isPublished) {
					return itemResult(
						item,
						String(report.id),
						'Published status reports cannot be changed. Create a new status report instead.',
					);
				}
				const { tempId: _t, id: _i, useExternalId: _u, flavor, ...changes } = item;
				const flavors = readFlavors(state, flavor);
				if (flavors.error) return itemResult(item, String(report.id), flavors.error);
				Object.assign(report, changes);
				if (changes.isPublished === true) report.publicationDate = today();
				applyFlavors(report, flavors.values);
				return itemResult(item, String(report.id));
			});
			return accept(state, results);
		}),

		// Deleting is asynchronous per the docs; drafts and published reports may be deleted.
		write('DELETE', '/integration/statusreport/json/:id', (_req, { id }) => {
			if (!state.statusReports.delete(id)) return notFound('Status report');
			return accept(state, [itemResult({}, id)]);
		}),

		write('POST', '/integration/template/statusreport/create/json/:templateId', fromTemplate),
		write('POST', '/integration/statusreport/json/:templateId', fromTemplate),
	];
};
