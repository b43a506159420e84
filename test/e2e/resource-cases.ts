/**
 * One representative operation per resource of each node, run in a real n8n against the sandbox
 * (resources.e2e.test.ts builds one workflow per row). Parameter shapes follow the unit tests in
 * test/smenso and test/rm; each row checks the output items and the requests the sandbox got.
 */
import type { ResourcePlanningSandbox } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import { ASSIGNMENT_SEED, seededAssignment } from '../sandbox/rm/assignments';
import { LOOKUP_SEED } from '../sandbox/rm/lookups';
import { RM_TAG_SEED } from '../sandbox/rm/tags';
import { RM_CUSTOM_FIELD_SEED } from '../sandbox/rm/customFields';
import { AVAILABILITY_SEED, userAvailabilities } from '../sandbox/rm/availabilities';
import { BILL_RATE_SEED, billRatesOf } from '../sandbox/rm/billRates';
import { BUDGET_SEED, budgetItemsOf } from '../sandbox/rm/budgets';
import { expenseItemsOf } from '../sandbox/rm/expenseItems';
import type { SandboxRequest } from '../sandbox/server';
import { ABSENCE_SEED } from '../sandbox/smenso/absences';
import { ATTACHMENT_SEED } from '../sandbox/smenso/attachments';
import { COMMENT_SEED } from '../sandbox/smenso/comments';
import { FOLDER_SEED } from '../sandbox/smenso/folders';
import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
import { guid, SEED } from '../sandbox/smenso/state';
import { TIME_RECORD_SEED } from '../sandbox/smenso/timeRecords';
import type { Json } from '../../dev/n8n/n8n';

export type NodeKey = 'smenso' | 'resourceManagement';

export interface Step {
	resource: string;
	operation: string;
	parameters: Json;
}

export interface CaseRun {
	/** Output items of the case's node. */
	items: Json[];
	/** The bytes of each output item's binary property `name`, as n8n stored them (undefined without one). */
	binary(name: string): Array<Buffer | undefined>;
	/** Every sandbox request made during the run, in order. */
	requests: SandboxRequest[];
	sandbox: ResourcePlanningSandbox;
}

export interface ResourceCase extends Step {
	node: NodeKey;
	/** A node that runs first and feeds the case's node (e.g. a write whose ticket is then read). */
	before?: Step;
	/** Assertions (jest's expect) on the output and the requests. */
	check(run: CaseRun): void;
}

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const fromList = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });
const line = (r: SandboxRequest) => `${r.method} ${r.path}`;
const shape = (r: SandboxRequest) => ({
	method: r.method,
	path: r.path,
	query: r.query,
	body: r.body,
});
const ids = (items: Json[]) => items.map((item) => item.id);

const SM = '/skyisland/api';
const RM = '/api/v1';
const P = SEED.mainProjectId;
const DESIGN = guid('task-0');
const FAST = { pollIntervalSeconds: 0.05 };
const TICKET_POLLS = 3;
/** `GET …/status/json/<ticket>` once per poll a ticket needs to finish. */
const polls = (ticketId: unknown) =>
	Array(TICKET_POLLS).fill(`GET ${SM}/integration/status/json/${String(ticketId)}`);
/** The requests of a write that waited for its ticket, then `after`: the write, its polls, the rest. */
function withPolls(requests: SandboxRequest[], write: string, after: string[]): void {
	const ticketId = requests[1]?.path.split('/').pop();
	expect(requests.map(line)).toEqual([write, ...polls(ticketId), ...after]);
}
const RM_USER = RM_SEED.firstUserId;
const RM_PROJECT = RM_SEED.firstProjectId;
const FIRST_ENTRY = RM_SEED.firstTimeEntryId;

export const SMENSO_CASES: ResourceCase[] = [
	{
		node: 'smenso',
		resource: 'absence',
		operation: 'getAll',
		parameters: { returnAll: true, filters: { user: 'grace.hopper@example.com' } },
		check: ({ items, requests }) => {
			expect(ids(items)).toEqual([ABSENCE_SEED.graceVacation, ABSENCE_SEED.graceTraining]);
			expect(items[0]).toMatchObject({ startDate: '09.03.2026' });
			// The e-mail becomes the member's GUID through the member list; absences name members by userId.
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${SM}/integration/settings/member/json`,
					query: {},
					body: undefined,
				},
				{ method: 'GET', path: `${SM}/integration/absence/json`, query: {}, body: undefined },
			]);
		},
	},
	{
		node: 'smenso',
		resource: 'absenceType',
		operation: 'get',
		parameters: { absenceTypeId: guid('absence-type-1') },
		check: ({ items, requests }) => {
			expect(items).toEqual([
				{
					id: guid('absence-type-1'),
					title: 'Sick leave',
					type: 'unlimited',
					isApprovalNecessary: false,
				},
			]);
			expect(requests.map(line)).toEqual([
				`GET ${SM}/integration/settings/absencetype/json/${guid('absence-type-1')}`,
			]);
		},
	},
	{
		node: 'smenso',
		resource: 'attachment',
		operation: 'download',
		parameters: { attachmentId: ATTACHMENT_SEED.reportFile.id, binaryPropertyName: 'file' },
		check: ({ items, binary, requests }) => {
			const file = ATTACHMENT_SEED.reportFile;
			expect(items).toEqual([
				{ id: file.id, fileName: 'Übersicht März.txt', mimeType: 'text/plain', fileSize: 58 },
			]);
			// The bytes n8n stored are the sandbox's file, byte for byte (UTF-8 text, not re-encoded).
			expect(file.content).toHaveLength(58);
			expect(binary('file')).toEqual([file.content]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${SM}/integration/attachment/json/${file.id}`,
					query: {},
					body: undefined,
				},
			]);
			expect(requests[0].headers.accept).toBe('*/*');
		},
	},
	{
		node: 'smenso',
		resource: 'comment',
		operation: 'getAll',
		parameters: { commentOn: 'task', projectId: byId(P), taskId: byId(DESIGN), returnAll: true },
		check: ({ items, requests }) => {
			expect(ids(items)).toEqual([COMMENT_SEED.designReview, COMMENT_SEED.designInternal]);
			expect(items[0]).toMatchObject({
				taskId: DESIGN,
				text: 'Wireframes are ready for review.',
				isInternal: false,
			});
			expect(requests.map(line)).toEqual([`GET ${SM}/integration/comment/task/json/${DESIGN}`]);
		},
	},
	{
		node: 'smenso',
		resource: 'flavor',
		operation: 'getAll',
		parameters: { returnAll: true },
		check: ({ items, requests }) => {
			expect(items.map((f) => f.title)).toEqual([
				'Region',
				'Cost Center',
				'Score',
				'Story Points',
				'Billable',
				'Go-Live',
				'Channels',
				'Department',
			]);
			expect(requests.map(line)).toEqual([`GET ${SM}/integration/flavor/json`]);
		},
	},
	{
		node: 'smenso',
		resource: 'member',
		operation: 'getAll',
		parameters: { limit: 2 },
		check: ({ items, requests, sandbox }) => {
			expect(items.map((m) => m.displayName)).toEqual(['Ada Lovelace', 'Grace Hopper']);
			expect(ids(items)).toEqual(sandbox.smenso.members.slice(0, 2).map((m) => m.id));
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
		},
	},
	{
		node: 'smenso',
		resource: 'permission',
		operation: 'get',
		// Set Access waits for its ticket; Get then reads the task's settings.
		before: {
			resource: 'permission',
			operation: 'setAccess',
			parameters: {
				target: 'task',
				projectId: byId(P),
				taskId: byId(guid('task-1')),
				addUsers: [guid('member-3')],
				addTeams: [guid('team-1')],
				options: FAST,
			},
		},
		parameters: { target: 'task', projectId: byId(P), taskId: byId(guid('task-1')) },
		check: ({ items, requests }) => {
			expect(items).toEqual([
				{
					access: { users: [guid('member-3')], teams: [guid('team-1')] },
					privacy: { users: [], teams: [] },
				},
			]);
			withPolls(requests, `POST ${SM}/integration/permissions/task/access/json/${guid('task-1')}`, [
				`GET ${SM}/integration/permissions/task/json/${guid('task-1')}`,
			]);
			expect(requests[0].body).toEqual({
				add: { users: guid('member-3'), teams: guid('team-1') },
				remove: {},
			});
			expect(requests[requests.length - 1].query).toEqual({});
		},
	},
	{
		node: 'smenso',
		resource: 'phase',
		operation: 'getAll',
		parameters: { projectId: byId(P), returnAll: true },
		check: ({ items, requests }) => {
			expect(items.map((p) => p.name)).toEqual(['Planning', 'Execution']);
			expect(items[1]).toMatchObject({
				id: FOLDER_SEED.executionId,
				startDate: '02.02.2026',
				endDate: '30.06.2026',
			});
			expect(requests.map(line)).toEqual([`GET ${SM}/integration/folders/json/${P}`]);
		},
	},
	{
		node: 'smenso',
		resource: 'project',
		operation: 'get',
		parameters: { projectId: byId(P), simplify: false },
		check: ({ items, requests }) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({
				id: P,
				title: 'Website Relaunch',
				budget: 10000,
				currency: 'EUR',
			});
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path.startsWith(`${SM}/integration/project/json`)).toBe(true);
		},
	},
	{
		node: 'smenso',
		resource: 'report',
		operation: 'exportTasks',
		parameters: { projectId: byId(P), returnAll: true },
		check: ({ items, requests }) => {
			expect(items.map((row) => row.Title).sort()).toEqual([
				'Build',
				'Design',
				'Launch',
				'Wireframes',
			]);
			expect(items.find((row) => row.Title === 'Wireframes')).toMatchObject({
				Project: 'Website Relaunch',
				'Parent Task': 'Design',
			});
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${SM}/reports/tasks/${P}`,
					query: { format: 'JSON', lang: 'en-US' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'smenso',
		resource: 'statusReport',
		operation: 'create',
		parameters: {
			projectId: byId(guid('project-2')),
			title: 'Week 7 (e2e)',
			statusDate: '2026-02-13T00:00:00',
			overallStatusId: 2,
			options: FAST,
		},
		check: ({ items, requests, sandbox }) => {
			expect(items).toEqual([
				{
					ticketId: expect.any(String),
					status: 'Completed',
					tempId: 'n8n-item-0',
					id: expect.any(String),
					success: true,
					messages: [],
				},
			]);
			expect(requests.map(line)).toEqual([
				`POST ${SM}/integration/statusreport/json`,
				...polls(items[0].ticketId),
			]);
			expect(requests[0].body).toEqual({
				timezoneId: 'W. Europe Standard Time',
				projectId: guid('project-2'),
				statusReport: [
					{
						title: 'Week 7 (e2e)',
						statusDate: '2026-02-13',
						overallStatusId: 2,
						tempId: 'n8n-item-0',
					},
				],
			});
			expect(sandbox.smenso.statusReports.get(String(items[0].id))).toMatchObject({
				title: 'Week 7 (e2e)',
				statusDate: '2026-02-13',
			});
		},
	},
	{
		node: 'smenso',
		resource: 'task',
		operation: 'getAll',
		parameters: { projectId: byId(P), returnAll: true },
		check: ({ items, requests }) => {
			expect(items.map((t) => t.title)).toEqual(['Design', 'Wireframes', 'Build', 'Launch']);
			expect(items[1]).toMatchObject({ parentId: DESIGN, dueDate: '12.01.2026' });
			expect(requests.map(line)).toEqual([`GET ${SM}/integration/task/json/${P}`]);
		},
	},
	{
		node: 'smenso',
		resource: 'ticket',
		operation: 'get',
		// A member update that does not wait hands its ticket to Ticket → Get Status.
		before: {
			resource: 'member',
			operation: 'update',
			parameters: {
				memberId: byId(guid('member-1')),
				customFields: { flavor: [{ target: MEMBER_FLAVOR_ID, value: 'Compilers' }] },
				options: { waitForCompletion: false },
			},
		},
		parameters: { ticketId: '={{ $json.ticketId }}' },
		check: ({ items, requests }) => {
			expect(items).toEqual([{ ticketId: expect.any(String), status: 'Created', items: [] }]);
			// The flavor list is read first: custom field values are sent by the flavor's type.
			expect(requests.map(line)).toEqual([
				`GET ${SM}/integration/flavor/json`,
				`PUT ${SM}/integration/settings/member/json`,
				`GET ${SM}/integration/status/json/${String(items[0].ticketId)}`,
			]);
		},
	},
	{
		node: 'smenso',
		resource: 'timeEntry',
		operation: 'getAll',
		parameters: { projectId: byId(P), returnAll: true },
		check: ({ items, requests }) => {
			expect(ids(items)).toEqual([
				TIME_RECORD_SEED.adaDesign,
				TIME_RECORD_SEED.graceDesign,
				TIME_RECORD_SEED.alanBuild,
			]);
			expect(items[2]).toMatchObject({ date: '07.01.2026', duration: 480 });
			expect(requests.map(line)).toEqual([`GET ${SM}/integration/timerecord/json/${P}`]);
		},
	},
	{
		node: 'smenso',
		resource: 'timeZone',
		operation: 'getAll',
		parameters: { returnAll: true },
		check: ({ items, requests }) => {
			expect(items).toEqual([
				{ id: 'UTC' },
				{ id: 'W. Europe Standard Time' },
				{ id: 'GMT Standard Time' },
				{ id: 'Eastern Standard Time' },
				{ id: 'Pacific Standard Time' },
			]);
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
		},
	},
	{
		node: 'smenso',
		resource: 'workingTime',
		operation: 'getAll',
		// Create waits for its ticket; Get Many then reads the member's periods by e-mail.
		before: {
			resource: 'workingTime',
			operation: 'create',
			parameters: {
				userId: { __rl: true, mode: 'email', value: 'barbara.liskov@example.com' },
				startDate: '2026-07-01',
				mondayHours: 7.5,
				tuesdayHours: 7.5,
				wednesdayHours: 7.5,
				thursdayHours: 7.5,
				fridayHours: 5,
				additionalFields: { endDate: '2026-12-31', externalId: 'HR-WT-E2E' },
				options: FAST,
			},
		},
		parameters: {
			userId: { __rl: true, mode: 'email', value: 'barbara.liskov@example.com' },
			returnAll: true,
		},
		check: ({ items, requests, sandbox }) => {
			const created = [...sandbox.smenso.workingTimes.values()].filter(
				(period) => period.externalId === 'HR-WT-E2E',
			);
			expect(created).toHaveLength(1);
			// Hours become minutes per day; smenso answers dates as dd.MM.yyyy.
			const week = {
				mondayCapacity: 450,
				tuesdayCapacity: 450,
				wednesdayCapacity: 450,
				thursdayCapacity: 450,
				fridayCapacity: 300,
				saturdayCapacity: 0,
				sundayCapacity: 0,
			};
			expect(items).toEqual([
				{
					id: created[0].id,
					userId: guid('member-4'),
					startDate: '01.07.2026',
					endDate: '31.12.2026',
					...week,
					externalId: 'HR-WT-E2E',
				},
			]);
			const path = `${SM}/integration/settings/member/workingtime/json`;
			withPolls(requests, `POST ${path}`, [`GET ${path}/barbara.liskov@example.com`]);
			expect(requests[0].body).toEqual({
				timezoneId: 'W. Europe Standard Time',
				memberWorkingTime: [
					{
						userId: 'barbara.liskov@example.com',
						startDate: '2026-07-01',
						endDate: '2026-12-31',
						...week,
						externalId: 'HR-WT-E2E',
						tempId: 'n8n-item-0',
					},
				],
			});
			expect(requests[requests.length - 1].query).toEqual({});
		},
	},
];

export const RM_CASES: ResourceCase[] = [
	{
		node: 'resourceManagement',
		resource: 'absence',
		operation: 'createRecorded',
		parameters: {
			userId: byId(RM_USER + 2),
			leaveTypeId: byId(12),
			date: '2026-09-14T00:00:00',
			hours: 4,
			additionalFields: { notes: 'Doctor' },
		},
		check: ({ items, requests, sandbox }) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({
				user_id: RM_USER + 2,
				assignable_id: 12,
				assignable_type: 'LeaveType',
				date: '2026-09-14',
				hours: 4,
				notes: 'Doctor',
			});
			expect(requests.map(shape)).toEqual([
				{
					method: 'POST',
					path: `${RM}/users/${RM_USER + 2}/time_entries`,
					query: {},
					body: { assignable_id: 12, date: '2026-09-14', hours: 4, notes: 'Doctor' },
				},
			]);
			expect(sandbox.rm.timeEntries.get(Number(items[0].id))).toEqual(items[0]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'assignable',
		operation: 'get',
		parameters: { assignableId: String(RM_SEED.leaveTypeIds[0]) },
		check: ({ items, requests, sandbox }) => {
			expect(items).toEqual([
				{ ...sandbox.rm.leaveTypes.get(RM_SEED.leaveTypeIds[0]), type: 'LeaveType' },
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/assignables/${RM_SEED.leaveTypeIds[0]}`,
					query: {},
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'approval',
		operation: 'submit',
		parameters: { timeEntryIds: `${FIRST_ENTRY}, ${FIRST_ENTRY + 1}` },
		check: ({ items, requests, sandbox }) => {
			expect(items.map((a) => [a.approvable_id, a.approvable_type, a.status])).toEqual([
				[FIRST_ENTRY, 'TimeEntry', 'pending'],
				[FIRST_ENTRY + 1, 'TimeEntry', 'pending'],
			]);
			// Each entry's updated_at is looked up first: RM refuses approvals of entries that changed.
			expect(requests.map(shape)).toEqual([
				{ method: 'GET', path: `${RM}/time_entries/${FIRST_ENTRY}`, query: {}, body: undefined },
				{
					method: 'GET',
					path: `${RM}/time_entries/${FIRST_ENTRY + 1}`,
					query: {},
					body: undefined,
				},
				{
					method: 'POST',
					path: `${RM}/approvals`,
					query: {},
					body: {
						status: 'pending',
						approvables: [FIRST_ENTRY, FIRST_ENTRY + 1].map((id) => ({
							id,
							type: 'TimeEntry',
							updated_at: '2026-01-05T09:00:00Z',
						})),
					},
				},
			]);
			expect(sandbox.rm.approvals.get(Number(items[0].id))).toEqual(items[0]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'assignment',
		operation: 'get',
		parameters: { assignmentId: byId(ASSIGNMENT_SEED.firstId + 3) },
		check: ({ items, requests }) => {
			expect(items).toEqual([seededAssignment(3)]);
			expect(requests.map(line)).toEqual([`GET ${RM}/assignments/${ASSIGNMENT_SEED.firstId + 3}`]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'billRate',
		operation: 'getAll',
		parameters: { scope: 'project', projectId: byId(RM_PROJECT), returnAll: true },
		check: ({ items, requests, sandbox }) => {
			// The project's own rates (its phase's rate is listed below the phase).
			const seeded = BILL_RATE_SEED.project
				.filter((rate) => rate.assignable_id === RM_PROJECT)
				.map((rate) => rate.id);
			expect(ids(items)).toEqual(seeded);
			expect(items).toEqual(seeded.map((id) => billRatesOf(sandbox.rm).get(id)));
			expect(items[2]).toMatchObject({ rate: 175, user_id: RM_USER, assignable_id: RM_PROJECT });
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/projects/${RM_PROJECT}/bill_rates`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'budgetCategory',
		operation: 'getAll',
		parameters: { kind: 'expense', scope: 'account', returnAll: true },
		check: ({ items, requests }) => {
			expect(items).toEqual(BUDGET_SEED.expenseCategories);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/expense_item_categories`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'budgetItem',
		operation: 'create',
		parameters: {
			projectId: byId(RM_PROJECT + 5),
			itemType: 'Expenses',
			amount: 750,
			additionalFields: { category: fromList('Travel') },
		},
		check: ({ items, requests, sandbox }) => {
			expect(items).toEqual([
				expect.objectContaining({
					assignable_id: RM_PROJECT + 5,
					item_type: 'Expenses',
					amount: 750,
					category: 'Travel',
				}),
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'POST',
					path: `${RM}/projects/${RM_PROJECT + 5}/budget_items`,
					query: {},
					body: { item_type: 'Expenses', amount: 750, category: 'Travel' },
				},
			]);
			expect(budgetItemsOf(sandbox.rm).get(Number(items[0].id))).toEqual(items[0]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'customField',
		operation: 'getAll',
		parameters: { owner: 'user', returnAll: true },
		check: ({ items, requests, sandbox }) => {
			const { badge, seniority, skills } = RM_CUSTOM_FIELD_SEED;
			expect(items.map((field) => [field.id, field.name, field.namespace])).toEqual([
				[badge, 'Badge', 'users'],
				[seniority, 'Seniority', 'users'],
				[skills, 'Skills', 'users'],
			]);
			expect(items).toEqual(
				[badge, seniority, skills].map((id) => sandbox.rm.customFields.get(id)),
			);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/custom_fields`,
					query: { namespace: 'users', per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'customFieldValue',
		operation: 'getAll',
		parameters: { projectId: byId(RM_PROJECT), returnAll: true },
		check: ({ items, requests }) => {
			expect(items).toEqual([
				{
					id: RM_CUSTOM_FIELD_SEED.projectRegionValue,
					custom_field_id: RM_CUSTOM_FIELD_SEED.region,
					project_id: RM_PROJECT,
					value: 'EMEA',
				},
				{
					id: RM_CUSTOM_FIELD_SEED.projectServicesValue,
					custom_field_id: RM_CUSTOM_FIELD_SEED.services,
					project_id: RM_PROJECT,
					value: ['UX'],
				},
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/projects/${RM_PROJECT}/custom_field_values`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'discipline',
		operation: 'getAll',
		parameters: { returnAll: true },
		check: ({ items, requests }) => {
			expect(items).toEqual(LOOKUP_SEED.disciplines);
			expect(requests.map(shape)).toEqual([
				{ method: 'GET', path: `${RM}/disciplines`, query: { per_page: '1000' }, body: undefined },
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'expenseItem',
		operation: 'create',
		parameters: {
			userId: byId(RM_USER + 1),
			assignOn: 'project',
			projectId: byId(RM_PROJECT + 1),
			date: '2026-03-10T00:00:00',
			amount: 42.5,
			additionalFields: { category: fromList('Printing Material'), notes: 'Posters' },
		},
		check: ({ items, requests, sandbox }) => {
			expect(items).toEqual([
				expect.objectContaining({
					assignable_id: RM_PROJECT + 1,
					assignable_type: 'Project',
					user_id: RM_USER + 1,
					amount: 42.5,
					date: '2026-03-10',
					category: 'Printing Material',
					notes: 'Posters',
				}),
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'POST',
					path: `${RM}/users/${RM_USER + 1}/expense_items`,
					query: {},
					body: {
						assignable_id: RM_PROJECT + 1,
						date: '2026-03-10',
						amount: 42.5,
						category: 'Printing Material',
						notes: 'Posters',
					},
				},
			]);
			expect(expenseItemsOf(sandbox.rm).get(Number(items[0].id))).toEqual(items[0]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'holiday',
		operation: 'getAll',
		parameters: { limit: 3 },
		check: ({ items, requests }) => {
			expect(items.map((h) => [h.id, h.date, h.name])).toEqual([
				[701, '2025-01-01', "New Year's Day"],
				[702, '2025-04-18', 'Good Friday'],
				[703, '2025-05-01', 'Labour Day'],
			]);
			expect(requests.map(shape)).toEqual([
				{ method: 'GET', path: `${RM}/holidays`, query: { per_page: '3' }, body: undefined },
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'leaveType',
		operation: 'get',
		parameters: { leaveTypeId: fromList(12) },
		check: ({ items, requests }) => {
			expect(items).toEqual([expect.objectContaining({ id: 12, name: 'Sick' })]);
			expect(requests.map(line)).toEqual([`GET ${RM}/leave_types/12`]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'phase',
		operation: 'getAll',
		parameters: { projectId: byId(RM_PROJECT), returnAll: true },
		check: ({ items, requests }) => {
			expect(items.map((p) => [p.id, p.phase_name, p.parent_id])).toEqual([
				[100_000 + RM_PROJECT * 10, 'Discovery', RM_PROJECT],
				[100_000 + RM_PROJECT * 10 + 1, 'Delivery', RM_PROJECT],
			]);
			expect(requests).toHaveLength(1);
			expect(line(requests[0])).toBe(`GET ${RM}/projects/${RM_PROJECT}/phases`);
			expect(requests[0].query.per_page).toBe('1000');
		},
	},
	{
		node: 'resourceManagement',
		resource: 'placeholder',
		operation: 'create',
		parameters: {
			title: 'Data Engineer (to hire)',
			additionalFields: { role: 'Engineer', discipline: 'Data', location: 'Remote' },
		},
		check: ({ items, requests, sandbox }) => {
			expect(items).toEqual([
				expect.objectContaining({
					title: 'Data Engineer (to hire)',
					role: 'Engineer',
					discipline: 'Data',
					location: 'Remote',
					type: 'PlaceholderResource',
				}),
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'POST',
					path: `${RM}/placeholder_resources`,
					query: {},
					body: {
						title: 'Data Engineer (to hire)',
						role: 'Engineer',
						discipline: 'Data',
						location: 'Remote',
					},
				},
			]);
			expect(sandbox.rm.placeholders.get(Number(items[0].id))?.title).toBe(
				'Data Engineer (to hire)',
			);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'project',
		operation: 'get',
		parameters: { projectId: byId(RM_PROJECT), simplify: false, fields: ['children'] },
		check: ({ items, requests }) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({
				id: RM_PROJECT,
				name: 'Website Relaunch',
				client: 'Globex',
			});
			expect((items[0].children as { data: unknown[] }).data).toHaveLength(2);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/projects/${RM_PROJECT}`,
					query: { fields: 'children' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'projectMember',
		operation: 'getAll',
		parameters: { projectId: byId(RM_PROJECT), returnAll: true },
		check: ({ items, requests }) => {
			// Members With Access (the default): every access level, as RM's {id, uid, name} tuples.
			expect(items).toEqual([
				{ id: 501, uid: 'User-501', name: 'Ada Tester00' },
				{ id: 502, uid: 'User-502', name: 'Grace Tester01' },
				{ id: 503, uid: 'User-503', name: 'Alan Tester02' },
				{ id: 504, uid: 'User-504', name: 'Edsger Tester03' },
				{ id: 505, uid: 'User-505', name: 'Barbara Tester04' },
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/projects/${RM_PROJECT}/project_members`,
					query: { membership: 'member', per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'report',
		operation: 'getTotals',
		parameters: {
			timeFrame: 'custom',
			from: '2026-02-01T00:00:00',
			to: '2026-02-10T00:00:00',
			filters: { filter: [{ attribute: 'user_id', filterOperation: 'inclusion', values: '503' }] },
			options: { today: '2026-02-20T00:00:00' },
		},
		check: ({ items, requests, sandbox }) => {
			const hours = [...sandbox.rm.timeEntries.values()]
				.filter(
					(e) =>
						e.user_id === 503 &&
						!e.is_suggestion &&
						String(e.date) >= '2026-02-01' &&
						String(e.date) <= '2026-02-10',
				)
				.reduce((sum, e) => sum + Number(e.hours), 0);
			expect(hours).toBeGreaterThan(0);
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({ total_hours: hours, incurred_hours: hours });
			expect(requests.map(shape)).toEqual([
				{
					method: 'POST',
					path: `${RM}/reports/totals`,
					query: {},
					body: {
						view: 'time_fees_hours',
						time_frame: { from: '2026-02-01', to: '2026-02-10' },
						filters: { user_id: { operation: 'inclusion', values: [503] } },
						today: '2026-02-20',
					},
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'role',
		operation: 'getAll',
		parameters: { returnAll: true },
		check: ({ items, requests }) => {
			expect(items).toEqual(LOOKUP_SEED.roles);
			expect(requests.map(shape)).toEqual([
				{ method: 'GET', path: `${RM}/roles`, query: { per_page: '1000' }, body: undefined },
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'statusOption',
		operation: 'getAll',
		parameters: { returnAll: true, withDeleted: false },
		check: ({ items, requests }) => {
			expect(items.map((o) => o.label)).toEqual(['Not Started', 'In Progress', 'Blocked', 'Done']);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/status_options`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'tag',
		operation: 'getAll',
		parameters: { projectId: byId(RM_PROJECT), returnAll: true },
		check: ({ items, requests }) => {
			expect(items).toEqual([
				{ id: RM_TAG_SEED.priority, value: 'Priority' },
				{ id: RM_TAG_SEED.clientFacing, value: 'Client Facing' },
			]);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/projects/${RM_PROJECT}/tags`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'task',
		operation: 'getAll',
		parameters: {
			projectId: byId(RM_PROJECT),
			assignmentId: fromList(ASSIGNMENT_SEED.firstId),
			returnAll: true,
		},
		check: ({ items, requests }) => {
			expect(items.map((t) => [t.id, t.description, t.completed])).toEqual(
				ASSIGNMENT_SEED.subtasks.map((task, i) => [
					ASSIGNMENT_SEED.firstSubtaskId + i,
					task.description,
					task.completed,
				]),
			);
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/projects/${RM_PROJECT}/assignments/${ASSIGNMENT_SEED.firstId}/subtasks`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'timeEntry',
		operation: 'getAll',
		// Return All over February's 6,000 seeded entries: six full pages, the next link followed verbatim.
		parameters: {
			returnAll: true,
			filters: { from: '2026-02-01T00:00:00', to: '2026-02-28T00:00:00' },
		},
		check: ({ items, requests, sandbox }) => {
			const february = [...sandbox.rm.timeEntries.values()].filter(
				(e) => !e.is_suggestion && String(e.date) >= '2026-02-01' && String(e.date) <= '2026-02-28',
			);
			expect(february).toHaveLength(RM_SEED.timeEntryCount);
			expect(items).toHaveLength(6000);
			expect(new Set(ids(items)).size).toBe(6000);
			expect(ids(items).sort((a, b) => Number(a) - Number(b))).toEqual(
				ids(february).sort((a, b) => Number(a) - Number(b)),
			);
			expect(requests.map(shape)).toEqual(
				[1, 2, 3, 4, 5, 6].map((page) => ({
					method: 'GET',
					path: `${RM}/time_entries`,
					query: {
						from: '2026-02-01',
						to: '2026-02-28',
						per_page: '1000',
						...(page > 1 ? { page: String(page) } : {}),
					},
					body: undefined,
				})),
			);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'user',
		operation: 'get',
		parameters: { userId: byId(RM_USER + 2) },
		check: ({ items, requests }) => {
			expect(items).toEqual([
				expect.objectContaining({
					id: RM_USER + 2,
					first_name: 'Alan',
					last_name: 'Tester02',
					email: 'alan.tester02@example.com',
				}),
			]);
			expect(requests.map(line)).toEqual([`GET ${RM}/users/${RM_USER + 2}`]);
		},
	},
	{
		node: 'resourceManagement',
		resource: 'userAvailability',
		operation: 'getAll',
		parameters: { userId: byId(AVAILABILITY_SEED.user), returnAll: true },
		check: ({ items, requests, sandbox }) => {
			expect(ids(items)).toEqual([AVAILABILITY_SEED.partTime, AVAILABILITY_SEED.fourDays]);
			expect(items).toEqual(userAvailabilities(sandbox.rm, AVAILABILITY_SEED.user));
			expect(items[1]).toMatchObject({
				starts_at: '2026-08-01',
				ends_at: null,
				day0: 0,
				day1: 6,
				day5: 0,
			});
			expect(requests.map(shape)).toEqual([
				{
					method: 'GET',
					path: `${RM}/users/${AVAILABILITY_SEED.user}/availabilities`,
					query: { per_page: '1000' },
					body: undefined,
				},
			]);
		},
	},
];

export const RESOURCE_CASES: ResourceCase[] = [...SMENSO_CASES, ...RM_CASES];
