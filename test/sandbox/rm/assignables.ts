/**
 * Assignables (§5.7): a read-only index over projects (not phases) and leave types, each with its
 * `type`, otherwise in the project or leave-type representation. Projects first, then leave types.
 */
import { notFound, ok, page, route, type Rec, type RmRouteModule, type RmState } from './state';

function assignables(state: RmState): Rec[] {
	const projects = [...state.projects.values()].filter(
		(p) => p.parent_id === null || p.parent_id === undefined,
	);
	const leaveTypes = [...state.leaveTypes.values()].map((leave) => ({
		...leave,
		type: 'LeaveType',
	}));
	return [...projects.map((p) => ({ ...p, type: 'Project' })), ...leaveTypes];
}

export const assignableRoutes: RmRouteModule = (state) => [
	route('GET', '/assignables', (req) => page(req, assignables(state))),
	route('GET', '/assignables/:id', (_req, { id }) => {
		const found = assignables(state).find((a) => Number(a.id) === Number(id));
		return found ? ok(found) : notFound();
	}),
];
