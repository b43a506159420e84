import type { Route } from '../server';
import { coreRoutes } from './core';
import { projectRoutes } from './projects';
import type { RouteModule } from './routes';
import type { SmensoState } from './state';

/** Every smenso route module; each resource keeps its routes in its own file. */
const modules: RouteModule[] = [coreRoutes, projectRoutes];

export function smensoRoutes(state: SmensoState): Route[] {
	return modules.flatMap((module) => module(state));
}
