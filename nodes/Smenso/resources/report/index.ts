import { resourceOperations } from '../../../shared/descriptions';
import { exportAbsences } from './exportAbsences';
import { exportProjects } from './exportProjects';
import { exportTasks } from './exportTasks';
import { exportTimes } from './exportTimes';

export const reportDescription = resourceOperations(
	'report',
	[exportAbsences, exportProjects, exportTasks, exportTimes],
	'exportProjects',
);
