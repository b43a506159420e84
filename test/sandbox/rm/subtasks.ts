import type { RmRouteModule } from './state';

// Placeholder until these routes land.
export const subtaskRoutes: RmRouteModule = () => [];
