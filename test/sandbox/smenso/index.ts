import type { Route } from '../server';
import { coreRoutes } from './core';
import { projectRoutes } from './projects';
import { taskRoutes } from './tasks';
import { folderRoutes } from './folders';
import { absenceRoutes } from './absences';
import { timeRecordRoutes } from './timeRecords';
import { statusReportRoutes } from './statusReports';
import { commentRoutes } from './comments';
import { attachmentRoutes } from './attachments';
import { settingsRoutes } from './settings';
import { workingTimeRoutes } from './workingTimes';
import { reportRoutes } from './reports';
import { permissionRoutes } from './permissions';
import type { RouteModule } from './routes';
import type { SmensoState } from './state';

/** Every smenso route module; each resource keeps its routes in its own file. */
const modules: RouteModule[] = [
	coreRoutes,
	projectRoutes,
	taskRoutes,
	folderRoutes,
	absenceRoutes,
	timeRecordRoutes,
	statusReportRoutes,
	commentRoutes,
	attachmentRoutes,
	settingsRoutes,
	workingTimeRoutes,
	reportRoutes,
	permissionRoutes,
];

export function smensoRoutes(state: SmensoState): Route[] {
	return modules.flatMap((module) => module(state));
}
