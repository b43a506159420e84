/** Leave types: read-only (the seed in state.ts holds Vacation, Sick and Holiday). */
import { notFound, ok, page, route, type RmRouteModule } from './state';

export const leaveTypeRoutes: RmRouteModule = (state) => [
	route('GET', '/leave_types', (req) => page(req, [...state.leaveTypes.values()])),
	route('GET', '/leave_types/:id', (_req, { id }) => {
		const leaveType = state.leaveTypes.get(Number(id));
		return leaveType ? ok(leaveType) : notFound();
	}),
];
