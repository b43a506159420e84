/**
 * Where each operation of smenso's own n8n node (smensoNodeOperations.json, written by hand from
 * its source at the revision noted there) lives in ours: resource, operation and, where one of our
 * operations covers several of theirs, the parameter value that selects theirs. Checked by
 * parity.test.ts; shown in the README by `npm run docs`.
 */
export interface OurOperation {
	resource: string;
	operation: string;
	/** Parameter values that select their variant, e.g. `{ commentOn: 'task' }`. */
	with?: Record<string, string>;
}

const attachment = (operation: string, attachedTo?: string): OurOperation => ({
	resource: 'attachment',
	operation,
	...(attachedTo ? { with: { attachedTo } } : {}),
});
const permission = (operation: string, target: string): OurOperation => ({
	resource: 'permission',
	operation,
	with: { target },
});
const comment = (operation: string, commentOn: string): OurOperation => ({
	resource: 'comment',
	operation,
	with: { commentOn },
});
const report = (operation: string, extra?: Record<string, string>): OurOperation => ({
	resource: 'report',
	operation,
	...(extra ? { with: extra } : {}),
});
const op = (resource: string, operation: string): OurOperation => ({ resource, operation });

/** Keyed `<their resource>.<their operation>`. */
export const SMENSO_NODE_PARITY: Record<string, OurOperation> = {
	'absence.getMany': op('absence', 'getAll'),
	'absence.create': op('absence', 'create'),
	'absence.update': op('absence', 'update'),
	'absence.delete': op('absence', 'delete'),

	'attachment.download': attachment('download'),
	'attachment.delete': attachment('delete'),
	'attachment.getProject': attachment('getAll', 'project'),
	'attachment.getTask': attachment('getAll', 'task'),
	'attachment.getStatusReport': attachment('getAll', 'statusReport'),

	'comment.get': op('comment', 'get'),
	'comment.getManyTask': comment('getAll', 'task'),
	'comment.getManyStatusReport': comment('getAll', 'statusReport'),
	'comment.createTask': comment('create', 'task'),
	'comment.createStatusReport': comment('create', 'statusReport'),
	'comment.updateTask': comment('update', 'task'),
	'comment.updateStatusReport': comment('update', 'statusReport'),
	'comment.delete': op('comment', 'delete'),

	'flavor.getMany': op('flavor', 'getAll'),
	'flavor.delete': op('flavor', 'delete'),

	'folder.getMany': op('phase', 'getAll'),
	'folder.create': op('phase', 'create'),
	'folder.update': op('phase', 'update'),
	'folder.delete': op('phase', 'delete'),

	'permissions.getProject': permission('get', 'project'),
	'permissions.setProjectAccess': permission('setAccess', 'project'),
	'permissions.deleteProjectAccess': permission('removeAccess', 'project'),
	'permissions.setProjectPrivacy': permission('setPrivacy', 'project'),
	'permissions.deleteProjectPrivacy': permission('removePrivacy', 'project'),
	'permissions.getTask': permission('get', 'task'),
	'permissions.setTaskAccess': permission('setAccess', 'task'),
	'permissions.deleteTaskAccess': permission('removeAccess', 'task'),
	'permissions.setTaskPrivacy': permission('setPrivacy', 'task'),
	'permissions.deleteTaskPrivacy': permission('removePrivacy', 'task'),

	'project.getMany': op('project', 'getAll'),
	'project.get': op('project', 'get'),
	'project.create': op('project', 'create'),
	'project.update': op('project', 'update'),
	'project.delete': op('project', 'delete'),
	'project.archive': op('project', 'archive'),
	'project.unarchive': op('project', 'unarchive'),
	'project.createFromTemplate': op('project', 'createFromTemplate'),
	'project.updateMasterDataFromTemplate': op('project', 'applyTemplate'),

	'reporting.getProjects': report('exportProjects'),
	'reporting.getProject': report('exportProject'),
	'reporting.getTasks': report('exportTasks', { scope: 'project' }),
	'reporting.getTasksFiltered': report('exportTasks', { scope: 'all' }),
	'reporting.getTimeRecords': report('exportTimes'),
	'reporting.getAbsences': report('exportAbsences'),
	'reporting.getTeams': report('exportTeams'),
	'reporting.getFlavors': report('exportFlavors'),
	'reporting.getMemberSettings': report('exportMemberSettings'),

	'settings.getTimezones': op('timeZone', 'getAll'),
	'settings.getStatusTicket': op('ticket', 'get'),
	'settings.getMembers': op('member', 'getAll'),
	'settings.updateMember': op('member', 'update'),
	'settings.getAbsenceTypes': op('absenceType', 'getAll'),
	'settings.getAbsenceType': op('absenceType', 'get'),
	'settings.createAbsenceType': op('absenceType', 'create'),
	'settings.updateAbsenceType': op('absenceType', 'update'),
	'settings.deleteAbsenceType': op('absenceType', 'delete'),
	'settings.getAllWorkingTimes': op('workingTime', 'getAll'),
	'settings.getUserWorkingTimes': op('workingTime', 'getAll'),
	'settings.createWorkingTime': op('workingTime', 'create'),
	'settings.updateWorkingTime': op('workingTime', 'update'),
	'settings.deleteWorkingTime': op('workingTime', 'delete'),
	'settings.inviteMembers': op('member', 'invite'),
	'settings.inviteGuests': op('member', 'invite'),

	'statusReport.create': op('statusReport', 'create'),
	'statusReport.update': op('statusReport', 'update'),
	'statusReport.delete': op('statusReport', 'delete'),
	'statusReport.createFromTemplate': op('statusReport', 'createFromTemplate'),

	'task.getMany': op('task', 'getAll'),
	'task.getTree': op('task', 'get'),
	'task.create': op('task', 'create'),
	'task.update': op('task', 'update'),
	'task.delete': op('task', 'delete'),
	'task.createFromTemplate': op('task', 'createFromTemplate'),
	'task.updateDependencies': op('task', 'addDependencies'),
	'task.removeDependencies': op('task', 'removeDependencies'),

	'timeRecord.getMany': op('timeEntry', 'getAll'),
	'timeRecord.create': op('timeEntry', 'create'),
	'timeRecord.update': op('timeEntry', 'update'),
	'timeRecord.delete': op('timeEntry', 'delete'),
};
