import type { RouteModule } from './routes';

// Placeholder until these routes land.
export const settingsRoutes: RouteModule = () => [];
