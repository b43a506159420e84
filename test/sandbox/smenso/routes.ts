import type { Handler, Route } from '../server';
import { authRole, forbidden, unauthorized, type SmensoState } from './state';

/** Every smenso path starts here (relative to the sandbox origin). */
export const SMENSO_PREFIX = '/skyisland/api';

/** A read any valid token may call. */
export function read(method: string, path: string, handler: Handler): Route {
	return {
		method,
		pattern: SMENSO_PREFIX + path,
		handler: (req, params) => (authRole(req) ? handler(req, params) : unauthorized()),
	};
}

/** A write: needs the admin token (the spec documents 403 for non-admin writes). */
export function write(method: string, path: string, handler: Handler): Route {
	return {
		method,
		pattern: SMENSO_PREFIX + path,
		handler: (req, params) => {
			const role = authRole(req);
			if (!role) return unauthorized();
			if (role !== 'admin') return forbidden();
			return handler(req, params);
		},
	};
}

export type RouteModule = (state: SmensoState) => Route[];
