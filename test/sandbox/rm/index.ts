import type { Route } from '../server';
import { projectRoutes } from './projects';
import { phaseRoutes } from './phases';
import { userRoutes } from './users';
import { placeholderRoutes } from './placeholders';
import { leaveTypeRoutes } from './leaveTypes';
import { assignableRoutes } from './assignables';
import { assignmentRoutes } from './assignments';
import { subtaskRoutes } from './subtasks';
import { timeEntryRoutes } from './timeEntries';
import { tagRoutes } from './tags';
import { customFieldRoutes } from './customFields';
import { availabilityRoutes } from './availabilities';
import { projectMemberRoutes } from './projectMembers';
import { approvalRoutes } from './approvals';
import { billRateRoutes } from './billRates';
import { budgetRoutes } from './budgets';
import { expenseItemRoutes } from './expenseItems';
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
	assignableRoutes,
	assignmentRoutes,
	subtaskRoutes,
	timeEntryRoutes,
	tagRoutes,
	customFieldRoutes,
	availabilityRoutes,
	projectMemberRoutes,
	approvalRoutes,
	billRateRoutes,
	budgetRoutes,
	expenseItemRoutes,
	reportRoutes,
	lookupRoutes,
	webhookRoutes,
];

export function rmRoutes(state: RmState): Route[] {
	return modules.flatMap((module) => module(state));
}
