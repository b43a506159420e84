/**
 * One run of the Resource Management node (or of its Trigger) per reference endpoint the
 * package must reach (see referenceEndpoints.json): which resource, operation and parameters
 * send it. The parameter sets are the working ones of the resource tests (test/rm/*.test.ts,
 * test/triggers/rmWebhook.test.ts). referenceEndpoints.test.ts runs them in this order against
 * one sandbox; a run may use the first output item of an earlier run (create → get → update →
 * delete on the same record) or a seeded record.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { ResourcePlanningSandbox } from '../sandbox';
import { ASSIGNMENT_SEED, seededAssignment } from '../sandbox/rm/assignments';
import { AVAILABILITY_SEED as AV } from '../sandbox/rm/availabilities';
import { BUDGET_SEED } from '../sandbox/rm/budgets';
import { RM_CUSTOM_FIELD_SEED as CF } from '../sandbox/rm/customFields';
import { EXPENSE_SEED } from '../sandbox/rm/expenseItems';
import { LOOKUP_SEED } from '../sandbox/rm/lookups';
import { RM_SEED } from '../sandbox/rm/state';

export interface CallContext {
	sandbox: ResourcePlanningSandbox;
	/** The first output item of the earlier call for `endpoint` ("METHOD /path" as in the JSON). */
	output(endpoint: string): IDataObject;
}

export interface EndpointCall {
	/** The endpoint, exactly as in referenceEndpoints.json. */
	method: string;
	path: string;
	/** What sends it, for the test name. */
	via: string;
	/**
	 * `node` (default): one run of the Resource Management node with these parameters.
	 * `trigger`: the Resource Management Trigger's webhook lifecycle (activate, then deactivate)
	 * with these parameters, as n8n runs it on activating and deactivating a workflow.
	 */
	runner?: 'node' | 'trigger';
	parameters: INodeParameters | ((ctx: CallContext) => INodeParameters);
	/** RM refuses this request (the sandbox answers as RM did): the run ends in this HTTP status. */
	refusedWith?: string;
}

const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });
const idOf = (item: IDataObject) => String(item.id);

const USER = RM_SEED.firstUserId; // 501
const PROJECT = RM_SEED.firstProjectId; // 1001
const PLACEHOLDER = RM_SEED.firstPlaceholderId; // 901
const TIME_ENTRY = RM_SEED.firstTimeEntryId;
const EXPENSE = EXPENSE_SEED.firstId;
const ASSIGNMENT = ASSIGNMENT_SEED.firstId; // on PROJECT, with three seeded tasks
const TASK_PARENTS = { projectId: byId(PROJECT), assignmentId: byId(ASSIGNMENT) };
const [ROLE] = LOOKUP_SEED.roles;
const [DISCIPLINE] = LOOKUP_SEED.disciplines;

export const endpointCalls: EndpointCall[] = [
	// 5.2 Users
	{
		method: 'GET',
		path: '/users',
		via: 'User › Get Many',
		parameters: { resource: 'user', operation: 'getAll', limit: 2 },
	},
	{
		method: 'GET',
		path: '/users/{id}',
		via: 'User › Get',
		parameters: { resource: 'user', operation: 'get', userId: byId(USER + 2) },
	},
	{
		method: 'POST',
		path: '/users',
		via: 'User › Create',
		parameters: { resource: 'user', operation: 'create', first_name: 'Grace', last_name: 'Hopper' },
	},
	{
		method: 'PUT',
		path: '/users/{id}',
		via: 'User › Update',
		parameters: ({ output }) => ({
			resource: 'user',
			operation: 'update',
			userId: byId(idOf(output('POST /users'))),
			updateFields: { role: 'Lead' },
		}),
	},

	// 5.3 User tags
	{
		method: 'GET',
		path: '/users/{id}/tags',
		via: 'Tag › Get Many (Owner: User)',
		parameters: {
			resource: 'tag',
			operation: 'getAll',
			owner: 'user',
			userId: byId(USER),
			limit: 5,
		},
	},
	{
		method: 'POST',
		path: '/users/{id}/tags',
		via: 'Tag › Add (Owner: User)',
		parameters: {
			resource: 'tag',
			operation: 'add',
			owner: 'user',
			userId: byId(USER + 1),
			value: 'Kubernetes',
		},
	},
	{
		method: 'DELETE',
		path: '/users/{id}/tags/{tag_id}',
		via: 'Tag › Remove (Owner: User)',
		parameters: ({ output }) => ({
			resource: 'tag',
			operation: 'remove',
			owner: 'user',
			userId: byId(USER + 1),
			tagId: idOf(output('POST /users/{id}/tags')),
		}),
	},

	// 5.4 User availabilities
	{
		method: 'GET',
		path: '/users/{id}/availabilities',
		via: 'User Availability › Get Many',
		parameters: {
			resource: 'userAvailability',
			operation: 'getAll',
			userId: byId(AV.user),
			returnAll: true,
		},
	},
	{
		method: 'GET',
		path: '/users/{id}/availabilities/{aid}',
		via: 'User Availability › Get',
		parameters: {
			resource: 'userAvailability',
			operation: 'get',
			userId: byId(AV.user),
			availabilityId: String(AV.fourDays),
		},
	},
	{
		method: 'POST',
		path: '/users/{id}/availabilities',
		via: 'User Availability › Create',
		parameters: { resource: 'userAvailability', operation: 'create', userId: byId(AV.user + 1) },
	},
	{
		method: 'PUT',
		path: '/users/{id}/availabilities/{aid}',
		via: 'User Availability › Update',
		parameters: {
			resource: 'userAvailability',
			operation: 'update',
			userId: byId(AV.user),
			availabilityId: String(AV.partTime),
			updateFields: { wednesday: 8 },
		},
	},
	{
		method: 'DELETE',
		path: '/users/{id}/availabilities/{aid}',
		via: 'User Availability › Delete',
		parameters: ({ output }) => ({
			resource: 'userAvailability',
			operation: 'delete',
			userId: byId(AV.user + 1),
			availabilityId: idOf(output('POST /users/{id}/availabilities')),
		}),
	},

	// 5.6 Placeholder resources (with §5.11's and §5.14's placeholder lists)
	{
		method: 'GET',
		path: '/placeholder_resources',
		via: 'Placeholder › Get Many',
		parameters: { resource: 'placeholder', operation: 'getAll', limit: 2 },
	},
	{
		method: 'GET',
		path: '/placeholder_resources/{id}',
		via: 'Placeholder › Get',
		parameters: { resource: 'placeholder', operation: 'get', placeholderId: byId(PLACEHOLDER + 2) },
	},
	{
		method: 'POST',
		path: '/placeholder_resources',
		via: 'Placeholder › Create',
		parameters: {
			resource: 'placeholder',
			operation: 'create',
			title: 'Data Engineer (to hire)',
			additionalFields: { role: 'Engineer' },
		},
	},
	{
		method: 'PUT',
		path: '/placeholder_resources/{id}',
		via: 'Placeholder › Update',
		parameters: ({ output }) => ({
			resource: 'placeholder',
			operation: 'update',
			placeholderId: byId(idOf(output('POST /placeholder_resources'))),
			updateFields: { title: 'Lead Designer' },
		}),
	},
	{
		method: 'DELETE',
		path: '/placeholder_resources/{id}',
		via: 'Placeholder › Delete',
		parameters: ({ output }) => ({
			resource: 'placeholder',
			operation: 'delete',
			placeholderId: byId(idOf(output('POST /placeholder_resources'))),
		}),
	},
	{
		method: 'GET',
		path: '/placeholder_resources/{id}/assignments',
		via: 'Assignment › Get Many (Scope: One Placeholder)',
		parameters: {
			resource: 'assignment',
			operation: 'getAll',
			scope: 'placeholder',
			placeholderId: byId(PLACEHOLDER),
			returnAll: true,
		},
	},
	{
		method: 'GET',
		path: '/projects/{id}/placeholder_resources',
		via: 'Project Member › Get Many (Who: Assigned Placeholders)',
		parameters: {
			resource: 'projectMember',
			operation: 'getAll',
			projectId: byId(PROJECT),
			who: 'placeholders',
			returnAll: true,
		},
	},

	// 5.8 Projects
	{
		method: 'GET',
		path: '/projects',
		via: 'Project › Get Many',
		parameters: { resource: 'project', operation: 'getAll', limit: 3 },
	},
	{
		method: 'GET',
		path: '/projects/{id}',
		via: 'Project › Get',
		parameters: { resource: 'project', operation: 'get', projectId: byId(PROJECT) },
	},
	{
		method: 'POST',
		path: '/projects',
		via: 'Project › Create',
		parameters: {
			resource: 'project',
			operation: 'create',
			name: 'Data Platform',
			additionalFields: { client: 'ACME', starts_at: '2026-03-01', ends_at: '2026-06-30' },
		},
	},
	{
		method: 'PUT',
		path: '/projects/{id}',
		via: 'Project › Update',
		parameters: ({ output }) => ({
			resource: 'project',
			operation: 'update',
			projectId: byId(idOf(output('POST /projects'))),
			updateFields: { name: 'Renamed' },
		}),
	},
	{
		method: 'DELETE',
		path: '/projects/{id}',
		via: 'Project › Delete',
		parameters: ({ output }) => ({
			resource: 'project',
			operation: 'delete',
			projectId: byId(idOf(output('POST /projects'))),
		}),
	},

	// 5.9 Phases
	{
		method: 'GET',
		path: '/projects/{pid}/phases',
		via: 'Phase › Get Many',
		parameters: { resource: 'phase', operation: 'getAll', projectId: byId(PROJECT), limit: 1 },
	},
	{
		method: 'POST',
		path: '/projects/{pid}/phases',
		via: 'Phase › Create',
		parameters: {
			resource: 'phase',
			operation: 'create',
			projectId: byId(PROJECT),
			phase_name: 'Hypercare',
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/phases/{phase_id}',
		via: 'Phase › Get',
		parameters: ({ output }) => ({
			resource: 'phase',
			operation: 'get',
			projectId: byId(PROJECT),
			phaseId: byId(idOf(output('POST /projects/{pid}/phases'))),
		}),
	},
	{
		method: 'PUT',
		path: '/projects/{pid}/phases/{phase_id}',
		via: 'Phase › Update',
		parameters: ({ output }) => ({
			resource: 'phase',
			operation: 'update',
			projectId: byId(PROJECT),
			phaseId: byId(idOf(output('POST /projects/{pid}/phases'))),
			updateFields: { phase_name: 'Scoping' },
		}),
	},
	{
		method: 'DELETE',
		path: '/projects/{pid}/phases/{phase_id}',
		via: 'Phase › Delete',
		parameters: ({ output }) => ({
			resource: 'phase',
			operation: 'delete',
			projectId: byId(PROJECT),
			phaseId: byId(idOf(output('POST /projects/{pid}/phases'))),
		}),
	},

	// 5.10 Project tags
	{
		method: 'GET',
		path: '/projects/{id}/tags',
		via: 'Tag › Get Many (Owner: Project)',
		parameters: { resource: 'tag', operation: 'getAll', projectId: byId(PROJECT), returnAll: true },
	},
	{
		method: 'POST',
		path: '/projects/{id}/tags',
		via: 'Tag › Add (Owner: Project)',
		parameters: {
			resource: 'tag',
			operation: 'add',
			projectId: byId(PROJECT + 2),
			value: 'Priority',
		},
	},
	{
		method: 'DELETE',
		path: '/projects/{id}/tags/{tag_id}',
		via: 'Tag › Remove (Owner: Project)',
		parameters: ({ output }) => ({
			resource: 'tag',
			operation: 'remove',
			projectId: byId(PROJECT + 2),
			tagId: idOf(output('POST /projects/{id}/tags')),
		}),
	},

	// 5.11 Users per project
	{
		method: 'GET',
		path: '/projects/{id}/users',
		via: 'Project Member › Get Many (Who: Assigned Users)',
		parameters: {
			resource: 'projectMember',
			operation: 'getAll',
			projectId: byId(PROJECT),
			who: 'assigned',
			returnAll: true,
		},
	},

	// 5.12 Project membership
	{
		method: 'GET',
		path: '/users/{id}/project_memberships',
		via: 'Project Member › Get Projects of User',
		parameters: {
			resource: 'projectMember',
			operation: 'getUserProjects',
			userId: byId(USER),
			returnAll: true,
		},
	},
	{
		method: 'GET',
		path: '/projects/{id}/project_members',
		via: 'Project Member › Get Many',
		parameters: {
			resource: 'projectMember',
			operation: 'getAll',
			projectId: byId(PROJECT),
			returnAll: true,
		},
	},
	{
		method: 'PUT',
		path: '/projects/{id}/project_members',
		via: 'Project Member › Add',
		parameters: {
			resource: 'projectMember',
			operation: 'add',
			projectId: byId(PROJECT + 3),
			userIds: ['502', '503'],
			accessLevel: 'editor',
		},
	},
	{
		method: 'POST',
		path: '/projects/{id}/project_members',
		via: 'Project Member › Replace All',
		parameters: {
			resource: 'projectMember',
			operation: 'replace',
			projectId: byId(PROJECT + 3),
			userIds: ['503', '504'],
			accessLevel: 'reporter',
			confirmReplace: true,
		},
	},
	{
		method: 'DELETE',
		path: '/projects/{id}/project_members',
		via: 'Project Member › Remove',
		parameters: {
			resource: 'projectMember',
			operation: 'remove',
			projectId: byId(PROJECT + 3),
			userIds: ['504'],
		},
	},

	// 5.13 Leave types
	{
		method: 'GET',
		path: '/assignables',
		via: 'Assignable › Get Many',
		parameters: { resource: 'assignable', operation: 'getAll', returnAll: true },
	},
	{
		method: 'GET',
		path: '/assignables/{id}',
		via: 'Assignable › Get',
		parameters: {
			resource: 'assignable',
			operation: 'get',
			assignableId: String(RM_SEED.leaveTypeIds[0]),
		},
	},
	{
		method: 'GET',
		path: '/leave_types',
		via: 'Leave Type › Get Many',
		parameters: { resource: 'leaveType', operation: 'getAll', returnAll: true },
	},
	{
		method: 'GET',
		path: '/leave_types/{id}',
		via: 'Leave Type › Get',
		parameters: {
			resource: 'leaveType',
			operation: 'get',
			leaveTypeId: byId(RM_SEED.leaveTypeIds[1]),
		},
	},

	// 5.14 Assignments
	{
		method: 'GET',
		path: '/assignments',
		via: 'Assignment › Get Many (Scope: All)',
		parameters: { resource: 'assignment', operation: 'getAll', limit: 3 },
	},
	{
		method: 'GET',
		path: '/assignments/{id}',
		via: 'Assignment › Get',
		parameters: { resource: 'assignment', operation: 'get', assignmentId: byId(ASSIGNMENT) },
	},
	{
		method: 'POST',
		path: '/assignments',
		via: 'Assignment › Create (Assign To: Placeholder)',
		parameters: {
			resource: 'assignment',
			operation: 'create',
			assignTo: 'placeholder',
			placeholderId: byId(PLACEHOLDER),
			assignOn: 'project',
			projectId: byId(PROJECT),
			starts_at: '2026-03-02',
			ends_at: '2026-03-13',
			allocation_mode: 'percent',
			percent: 50,
		},
	},
	{
		method: 'PUT',
		path: '/assignments/{id}',
		via: 'Assignment › Update',
		parameters: ({ output }) => ({
			resource: 'assignment',
			operation: 'update',
			assignmentId: byId(idOf(output('POST /assignments'))),
			updateFields: { percent: 25 },
		}),
	},
	{
		method: 'DELETE',
		path: '/placeholder_resources/{phid}/assignments/{id}',
		via: 'Assignment › Delete (Assigned To: Placeholder)',
		parameters: ({ output }) => ({
			resource: 'assignment',
			operation: 'delete',
			assignTo: 'placeholder',
			placeholderId: byId(PLACEHOLDER),
			assignmentId: byId(idOf(output('POST /assignments'))),
		}),
	},
	{
		method: 'GET',
		path: '/users/{uid}/assignments',
		via: 'Assignment › Get Many (Scope: One User)',
		parameters: {
			resource: 'assignment',
			operation: 'getAll',
			scope: 'user',
			userId: byId(USER),
			limit: 4,
		},
	},
	{
		method: 'POST',
		path: '/users/{uid}/assignments',
		via: 'Absence › Create Planned',
		parameters: {
			resource: 'absence',
			operation: 'createPlanned',
			userId: byId(USER + 1),
			leaveTypeId: byId(RM_SEED.leaveTypeIds[0]),
			starts_at: '2026-08-03',
			ends_at: '2026-08-14',
		},
	},
	{
		method: 'GET',
		path: '/users/{uid}/assignments/{id}',
		via: 'Absence › Delete Planned (checks the assignment is an absence first)',
		parameters: ({ output }) => ({
			resource: 'absence',
			operation: 'deletePlanned',
			userId: byId(USER + 1),
			assignmentId: byId(idOf(output('POST /users/{uid}/assignments'))),
		}),
	},
	{
		method: 'DELETE',
		path: '/users/{uid}/assignments/{id}',
		via: 'Assignment › Delete (Assigned To: User)',
		parameters: () => {
			const work = seededAssignment(1);
			return {
				resource: 'assignment',
				operation: 'delete',
				userId: byId(String(work.user_id)),
				assignmentId: byId(String(work.id)),
			};
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/assignments',
		via: 'Assignment › Get Many (Scope: One Project)',
		parameters: {
			resource: 'assignment',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(PROJECT),
			limit: 3,
		},
	},

	// 5.15 Subtasks (Task)
	{
		method: 'GET',
		path: '/projects/{pid}/assignments/{aid}/subtasks',
		via: 'Task › Get Many',
		parameters: { resource: 'task', operation: 'getAll', ...TASK_PARENTS, returnAll: true },
	},
	{
		method: 'POST',
		path: '/projects/{pid}/assignments/{aid}/subtasks',
		via: 'Task › Create',
		parameters: {
			resource: 'task',
			operation: 'create',
			...TASK_PARENTS,
			description: 'Write tests',
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/assignments/{aid}/subtasks/{id}',
		via: 'Task › Get',
		parameters: ({ output }) => ({
			resource: 'task',
			operation: 'get',
			...TASK_PARENTS,
			taskId: idOf(output('POST /projects/{pid}/assignments/{aid}/subtasks')),
		}),
	},
	{
		method: 'PUT',
		path: '/projects/{pid}/assignments/{aid}/subtasks/{id}',
		via: 'Task › Update',
		parameters: ({ output }) => ({
			resource: 'task',
			operation: 'update',
			...TASK_PARENTS,
			taskId: idOf(output('POST /projects/{pid}/assignments/{aid}/subtasks')),
			updateFields: { description: 'Final review', completed: true },
		}),
	},
	{
		method: 'DELETE',
		path: '/projects/{pid}/assignments/{aid}/subtasks/{id}',
		via: 'Task › Delete',
		parameters: ({ output }) => ({
			resource: 'task',
			operation: 'delete',
			...TASK_PARENTS,
			taskId: idOf(output('POST /projects/{pid}/assignments/{aid}/subtasks')),
		}),
	},

	// 5.16 Status options
	{
		method: 'GET',
		path: '/status_options',
		via: 'Status Option › Get Many',
		parameters: { resource: 'statusOption', operation: 'getAll', limit: 2 },
	},
	{
		method: 'GET',
		path: '/status_options/{id}',
		via: 'Status Option › Get',
		parameters: { resource: 'statusOption', operation: 'get', statusOptionId: byId(33) },
	},
	{
		method: 'POST',
		path: '/status_options',
		via: 'Status Option › Create',
		parameters: {
			resource: 'statusOption',
			operation: 'create',
			label: 'Waiting for Client',
			color: 'orange',
			stage: 'in_progress',
			order: 2.75,
		},
	},
	{
		method: 'PUT',
		path: '/status_options/{id}',
		via: 'Status Option › Update',
		parameters: ({ output }) => ({
			resource: 'statusOption',
			operation: 'update',
			statusOptionId: byId(idOf(output('POST /status_options'))),
			updateFields: { label: 'Waiting', order: 1.5 },
		}),
	},
	{
		method: 'DELETE',
		path: '/status_options/{id}',
		via: 'Status Option › Delete',
		parameters: ({ output }) => ({
			resource: 'statusOption',
			operation: 'delete',
			statusOptionId: byId(idOf(output('POST /status_options'))),
		}),
	},

	// 5.17 Time entries
	{
		method: 'GET',
		path: '/time_entries',
		via: 'Time Entry › Get Many (Scope: All)',
		parameters: { resource: 'timeEntry', operation: 'getAll', limit: 3 },
	},
	{
		method: 'GET',
		path: '/time_entries/{id}',
		via: 'Time Entry › Get',
		parameters: { resource: 'timeEntry', operation: 'get', timeEntryId: String(TIME_ENTRY) },
	},
	{
		method: 'GET',
		path: '/users/{uid}/time_entries',
		via: 'Time Entry › Get Many (Scope: One User)',
		parameters: {
			resource: 'timeEntry',
			operation: 'getAll',
			scope: 'user',
			userId: byId(USER),
			limit: 3,
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/time_entries',
		via: 'Time Entry › Get Many (Scope: One Project)',
		parameters: {
			resource: 'timeEntry',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(PROJECT),
			limit: 3,
		},
	},
	{
		method: 'POST',
		path: '/users/{uid}/time_entries',
		via: 'Time Entry › Create',
		parameters: {
			resource: 'timeEntry',
			operation: 'create',
			userId: byId(USER + 3),
			assignOn: 'project',
			projectId: byId(PROJECT + 1),
			date: '2026-03-10',
			hours: 1.5,
			additionalFields: { task: 'Travel' },
		},
	},
	{
		method: 'PUT',
		path: '/users/{uid}/time_entries/{id}',
		via: 'Time Entry › Update',
		parameters: ({ output }) => ({
			resource: 'timeEntry',
			operation: 'update',
			userId: byId(USER + 3),
			timeEntryId: idOf(output('POST /users/{uid}/time_entries')),
			updateFields: { hours: 2 },
		}),
	},
	{
		method: 'DELETE',
		path: '/users/{uid}/time_entries/{id}',
		via: 'Time Entry › Delete',
		parameters: ({ output }) => ({
			resource: 'timeEntry',
			operation: 'delete',
			userId: byId(USER + 3),
			timeEntryId: idOf(output('POST /users/{uid}/time_entries')),
		}),
	},

	// 5.18 Expense items
	{
		method: 'GET',
		path: '/users/{uid}/expense_items',
		via: 'Expense Item › Get Many (Of: User)',
		parameters: { resource: 'expenseItem', operation: 'getAll', userId: byId(USER), limit: 2 },
	},
	{
		method: 'GET',
		path: '/users/{uid}/expense_items/{id}',
		via: 'Expense Item › Get (Of: User)',
		parameters: {
			resource: 'expenseItem',
			operation: 'get',
			userId: byId(USER),
			expenseItemId: String(EXPENSE + 3),
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/expense_items',
		via: 'Expense Item › Get Many (Of: Project)',
		parameters: {
			resource: 'expenseItem',
			operation: 'getAll',
			owner: 'project',
			projectId: byId(PROJECT),
			limit: 4,
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/expense_items/{id}',
		via: 'Expense Item › Get (Of: Project)',
		parameters: {
			resource: 'expenseItem',
			operation: 'get',
			owner: 'project',
			projectId: byId(PROJECT),
			expenseItemId: String(EXPENSE + 3),
		},
	},
	{
		method: 'POST',
		path: '/users/{uid}/expense_items',
		via: 'Expense Item › Create',
		parameters: {
			resource: 'expenseItem',
			operation: 'create',
			userId: byId(USER + 2),
			assignOn: 'project',
			projectId: byId(PROJECT + 2),
			date: '2026-03-10',
			amount: 42.5,
			additionalFields: { notes: 'Posters' },
		},
	},
	{
		method: 'PUT',
		path: '/projects/{pid}/users/{uid}/expense_items/{id}',
		via: 'Expense Item › Update',
		parameters: ({ output }) => ({
			resource: 'expenseItem',
			operation: 'update',
			projectId: byId(PROJECT + 2),
			userId: byId(USER + 2),
			expenseItemId: idOf(output('POST /users/{uid}/expense_items')),
			updateFields: { amount: 99.99 },
		}),
	},
	{
		method: 'DELETE',
		path: '/users/{uid}/expense_items/{id}',
		via: 'Expense Item › Delete',
		parameters: ({ output }) => ({
			resource: 'expenseItem',
			operation: 'delete',
			userId: byId(USER + 2),
			expenseItemId: idOf(output('POST /users/{uid}/expense_items')),
		}),
	},

	// 5.19 Approvals
	{
		method: 'GET',
		path: '/approvals',
		via: 'Approval › Get Many',
		parameters: { resource: 'approval', operation: 'getAll', limit: 1 },
	},
	{
		method: 'POST',
		path: '/approvals',
		via: 'Approval › Submit (time entries)',
		parameters: { resource: 'approval', operation: 'submit', timeEntryIds: String(TIME_ENTRY + 1) },
	},
	{
		method: 'GET',
		path: '/approvals/{id}',
		via: 'Approval › Get',
		parameters: ({ output }) => ({
			resource: 'approval',
			operation: 'get',
			approvalId: idOf(output('POST /approvals')),
		}),
	},
	{
		method: 'DELETE',
		path: '/approvals/{id}',
		via: 'Approval › Withdraw',
		parameters: ({ output }) => ({
			resource: 'approval',
			operation: 'withdraw',
			approvalId: idOf(output('POST /approvals')),
		}),
	},

	// 5.20 Bill rates
	{
		method: 'GET',
		path: '/bill_rates',
		via: 'Bill Rate › Get Many (Scope: Account Defaults)',
		parameters: { resource: 'billRate', operation: 'getAll', scope: 'account', returnAll: true },
		refusedWith: '403',
	},
	{
		method: 'PUT',
		path: '/bill_rates/{id}',
		via: 'Bill Rate › Update (Scope: Account Defaults)',
		parameters: {
			resource: 'billRate',
			operation: 'update',
			scope: 'account',
			billRateId: '320010',
			updateFields: { rate: 165 },
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/bill_rates',
		via: 'Bill Rate › Get Many (Scope: Project)',
		parameters: {
			resource: 'billRate',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(PROJECT),
			returnAll: true,
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/bill_rates/{id}',
		via: 'Bill Rate › Get (Scope: Project)',
		parameters: {
			resource: 'billRate',
			operation: 'get',
			projectId: byId(PROJECT),
			billRateId: '320003',
		},
	},
	{
		method: 'POST',
		path: '/projects/{pid}/bill_rates',
		via: 'Bill Rate › Create',
		parameters: {
			resource: 'billRate',
			operation: 'create',
			projectId: byId(PROJECT + 2),
			rate: 155.5,
		},
	},
	{
		method: 'PUT',
		path: '/projects/{pid}/bill_rates/{id}',
		via: 'Bill Rate › Update (Scope: Project)',
		parameters: {
			resource: 'billRate',
			operation: 'update',
			projectId: byId(PROJECT),
			billRateId: '320002',
			updateFields: { rate: 130 },
		},
	},

	// 5.21 Budget items
	{
		method: 'GET',
		path: '/projects/{pid}/budget_items',
		via: 'Budget Item › Get Many',
		parameters: {
			resource: 'budgetItem',
			operation: 'getAll',
			projectId: byId(PROJECT),
			itemType: 'TimeFees',
			limit: 2,
		},
	},
	{
		method: 'GET',
		path: '/budget_items/{id}',
		via: 'Budget Item › Get',
		parameters: {
			resource: 'budgetItem',
			operation: 'get',
			budgetItemId: String(BUDGET_SEED.items[2].id),
		},
	},
	{
		method: 'POST',
		path: '/projects/{pid}/budget_items',
		via: 'Budget Item › Create',
		parameters: {
			resource: 'budgetItem',
			operation: 'create',
			projectId: byId(PROJECT + 5),
			itemType: 'TimeFeesDays',
			amount: 40.5,
		},
	},
	{
		method: 'PUT',
		path: '/budget_items/{id}',
		via: 'Budget Item › Update',
		parameters: ({ output }) => ({
			resource: 'budgetItem',
			operation: 'update',
			budgetItemId: idOf(output('POST /projects/{pid}/budget_items')),
			updateFields: { amount: 60 },
		}),
	},
	{
		method: 'DELETE',
		path: '/budget_items/{id}',
		via: 'Budget Item › Delete',
		parameters: ({ output }) => ({
			resource: 'budgetItem',
			operation: 'delete',
			budgetItemId: idOf(output('POST /projects/{pid}/budget_items')),
		}),
	},

	// 5.22 Budget item categories
	{
		method: 'GET',
		path: '/time_entry_categories',
		via: 'Budget Category › Get Many (Time & Fees, Account)',
		parameters: { resource: 'budgetCategory', operation: 'getAll', returnAll: true },
	},
	{
		method: 'GET',
		path: '/expense_item_categories',
		via: 'Budget Category › Get Many (Expenses, Account)',
		parameters: {
			resource: 'budgetCategory',
			operation: 'getAll',
			kind: 'expense',
			scope: 'account',
			returnAll: true,
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/time_entry_categories',
		via: 'Budget Category › Get Many (Time & Fees, Project)',
		parameters: {
			resource: 'budgetCategory',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(PROJECT),
			limit: 10,
		},
	},
	{
		method: 'GET',
		path: '/projects/{pid}/expense_item_categories',
		via: 'Budget Category › Get Many (Expenses, Project)',
		parameters: {
			resource: 'budgetCategory',
			operation: 'getAll',
			kind: 'expense',
			scope: 'project',
			projectId: byId(PROJECT),
			limit: 10,
		},
	},

	// 5.23 Custom fields and values
	{
		method: 'GET',
		path: '/custom_fields',
		via: 'Custom Field › Get Many',
		parameters: { resource: 'customField', operation: 'getAll', owner: 'user', returnAll: true },
	},
	{
		method: 'GET',
		path: '/custom_fields/{id}',
		via: 'Custom Field › Get',
		parameters: { resource: 'customField', operation: 'get', fieldId: byId(CF.region) },
	},
	{
		method: 'POST',
		path: '/custom_fields',
		via: 'Custom Field › Create',
		parameters: {
			resource: 'customField',
			operation: 'create',
			name: 'Budget Owner',
			data_type: 'string',
		},
	},
	{
		method: 'PUT',
		path: '/custom_fields/{id}',
		via: 'Custom Field › Update',
		parameters: ({ output }) => ({
			resource: 'customField',
			operation: 'update',
			fieldId: byId(idOf(output('POST /custom_fields'))),
			updateFields: { name: 'Account Owner' },
		}),
	},
	{
		method: 'DELETE',
		path: '/custom_fields/{id}',
		via: 'Custom Field › Delete',
		parameters: ({ output }) => ({
			resource: 'customField',
			operation: 'delete',
			fieldId: byId(idOf(output('POST /custom_fields'))),
			confirmDelete: true,
		}),
	},
	{
		method: 'GET',
		path: '/projects/{pid}/custom_field_values',
		via: 'Custom Field Value › Get Many (Owner: Project)',
		parameters: {
			resource: 'customFieldValue',
			operation: 'getAll',
			projectId: byId(PROJECT),
			returnAll: true,
		},
	},
	{
		method: 'GET',
		path: '/users/{uid}/custom_field_values',
		via: 'Custom Field Value › Get Many (Owner: User)',
		parameters: {
			resource: 'customFieldValue',
			operation: 'getAll',
			owner: 'user',
			userId: byId(USER),
			limit: 10,
		},
	},
	{
		method: 'POST',
		path: '/projects/{pid}/custom_field_values',
		via: 'Custom Field Value › Set (Owner: Project)',
		parameters: {
			resource: 'customFieldValue',
			operation: 'set',
			projectId: byId(PROJECT + 1),
			customFieldId: String(CF.costCenter),
			value: 'CC-7',
		},
	},
	{
		method: 'POST',
		path: '/users/{uid}/custom_field_values',
		via: 'Custom Field Value › Set (Owner: User)',
		parameters: {
			resource: 'customFieldValue',
			operation: 'set',
			owner: 'user',
			userId: byId(USER + 1),
			customFieldId: String(CF.skills),
			multipleChoice: true,
			values: ['Go', 'SQL'],
		},
	},
	{
		method: 'PUT',
		path: '/projects/{pid}/custom_field_values/{value_id}',
		via: 'Custom Field Value › Update (Owner: Project)',
		parameters: {
			resource: 'customFieldValue',
			operation: 'update',
			projectId: byId(PROJECT),
			valueId: String(CF.projectRegionValue),
			value: 'APAC',
		},
	},
	{
		method: 'PUT',
		path: '/users/{uid}/custom_field_values/{value_id}',
		via: 'Custom Field Value › Update (Owner: User)',
		parameters: {
			resource: 'customFieldValue',
			operation: 'update',
			owner: 'user',
			userId: byId(USER),
			valueId: String(CF.userSeniorityValue),
			value: 'Lead',
		},
	},

	// 5.24 Disciplines and roles
	{
		method: 'GET',
		path: '/disciplines',
		via: 'Discipline › Get Many',
		parameters: { resource: 'discipline', operation: 'getAll', returnAll: true },
	},
	{
		method: 'GET',
		path: '/disciplines/{id}',
		via: 'Discipline › Get',
		parameters: { resource: 'discipline', operation: 'get', disciplineId: byId(DISCIPLINE.id) },
	},
	{
		method: 'GET',
		path: '/roles',
		via: 'Role › Get Many',
		parameters: { resource: 'role', operation: 'getAll', returnAll: true },
	},
	{
		method: 'GET',
		path: '/roles/{id}',
		via: 'Role › Get',
		parameters: { resource: 'role', operation: 'get', roleId: byId(ROLE.id) },
	},

	// 5.25 Holidays
	{
		method: 'GET',
		path: '/holidays',
		via: 'Holiday › Get Many',
		parameters: { resource: 'holiday', operation: 'getAll', limit: 3 },
	},

	// 5.26 Reports
	{
		method: 'POST',
		path: '/reports/rows',
		via: 'Report › Get Rows',
		parameters: {
			resource: 'report',
			operation: 'getRows',
			timeFrame: 'custom',
			from: '2026-02-01',
			to: '2026-02-10',
			options: { today: '2026-02-20' },
		},
	},
	{
		method: 'POST',
		path: '/reports/totals',
		via: 'Report › Get Totals',
		parameters: {
			resource: 'report',
			operation: 'getTotals',
			timeFrame: 'last_week',
			options: { today: '2026-02-18' },
		},
	},

	// 5.27 Webhooks: the Resource Management Trigger's lifecycle (activate, then deactivate)
	{
		method: 'GET',
		path: '/webhooks',
		via: 'Resource Management Trigger › activation',
		runner: 'trigger',
		parameters: { events: ['project.created'] },
	},
	{
		method: 'POST',
		path: '/webhooks',
		via: 'Resource Management Trigger › activation',
		runner: 'trigger',
		parameters: { events: ['time.entry.created'] },
	},
	{
		method: 'DELETE',
		path: '/webhooks/{id}',
		via: 'Resource Management Trigger › deactivation',
		runner: 'trigger',
		parameters: { events: ['user.created'] },
	},
];
