import type { Route } from '../server';
import { projectRoutes } from './projects';
import { phaseRoutes } from './phases';
import { userRoutes } from './users';
import { placeholderRoutes } from './placeholders';
import { leaveTypeRoutes } from './leaveTypes';
import { assignmentRoutes } from './assignments';
import { subtaskRoutes } from './subtasks';
import { timeEntryRoutes } from './timeEntries';
import { tagRoutes } from './tags';
import { customFieldRoutes } from './customFields';
import { approvalRoutes } from './approvals';
import { reportRoutes } from './reports';
import { lookupRoutes } from './lookups';
import { webhookRoutes } from './webhooks';
import type { RmRouteModule, RmState } from './state';

/** Every Resource Management route module; each resource keeps its routes in its own file. */
const modules: RmRouteModule[] = [
	projectRoutes,
	phaseRoutes,
	userRoutes,
	placeholderRoutes,
	leaveTypeRoutes,
	assignmentRoutes,
	subtaskRoutes,
	timeEntryRoutes,
	tagRoutes,
	customFieldRoutes,
	approvalRoutes,
	reportRoutes,
	lookupRoutes,
	webhookRoutes,
];

export function rmRoutes(state: RmState): Route[] {
	return modules.flatMap((module) => module(state));
}
