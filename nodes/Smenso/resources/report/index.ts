import { resourceOperations } from '../../../shared/descriptions';
import { exportAbsences } from './exportAbsences';
import { exportFlavors } from './exportFlavors';
import { exportMemberSettings } from './exportMemberSettings';
import { exportProject } from './exportProject';
import { exportProjects } from './exportProjects';
import { exportTasks } from './exportTasks';
import { exportTeams } from './exportTeams';
import { exportTimes } from './exportTimes';

export const reportDescription = resourceOperations(
	'report',
	[
		exportAbsences,
		exportFlavors,
		exportMemberSettings,
		exportProject,
		exportProjects,
		exportTasks,
		exportTeams,
		exportTimes,
	],
	'exportProjects',
);
