import type { IDataObject, IPollFunctions } from 'n8n-workflow';

export type Resource = 'absence' | 'project' | 'task' | 'timeRecord';

export interface ExportDef {
	noun: string;
	/** The export's name in messages. */
	title: string;
	path: (ctx: IPollFunctions) => string;
	query: (ctx: IPollFunctions) => IDataObject;
	/** Which parameter narrows the export; part of the cursor's key. */
	scope: (ctx: IPollFunctions) => string;
	/** Whether the export takes a list view (that chooses its columns). */
	takesView: boolean;
}

const projects = (ctx: IPollFunctions) => String(ctx.getNodeParameter('projects', 'all'));
const mode = (ctx: IPollFunctions) => String(ctx.getNodeParameter('mode', 'all'));

/** The Reporting API export each resource of the smenso Trigger reads; pollSource.ts polls it. */
export const EXPORTS: Record<Resource, ExportDef> = {
	absence: {
		noun: 'absences',
		title: 'absences',
		path: (ctx) => `/api/reports/absences/${encodeURIComponent(mode(ctx))}`,
		query: () => ({}),
		scope: mode,
		takesView: false,
	},
	project: {
		noun: 'projects',
		title: 'projects',
		path: () => '/api/reports/projects',
		query: (ctx) => ({ filter: projects(ctx) }),
		scope: projects,
		takesView: true,
	},
	task: {
		noun: 'tasks',
		title: 'tasks (all projects)',
		path: () => '/api/reports/tasks/filtered',
		query: (ctx) => ({ globalProjectsFilter: projects(ctx) }),
		scope: projects,
		takesView: false,
	},
	timeRecord: {
		noun: 'time records',
		title: 'time records',
		path: (ctx) => `/api/reports/times/${encodeURIComponent(mode(ctx))}`,
		query: () => ({}),
		scope: mode,
		takesView: true,
	},
};
