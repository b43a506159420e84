/**
 * Every field the smenso sandbox puts into an answer is either named by the API reference
 * (../shared/api/smenso.md, section in the comment) or listed in the README's "What the sandbox
 * assumes" as `entity.field` with its source. A field added to the sandbox without either fails
 * here, and so does a README line for a field the sandbox no longer sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guid, SEED } from '../sandbox/smenso/state';
import { ADMIN_AUTH } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

/** Fields the reference names for each record (write field tables echo back on reads). */
const DOCUMENTED: Record<string, string[]> = {
	// §5.2 field table; `flavors` §3.3/§5.10 ("flavors/tags/appliedTags" in responses).
	project: [
		'id',
		'title',
		'phaseId',
		'typeId',
		'description',
		'goal',
		'benefit',
		'startDate',
		'endDate',
		'budget',
		'currency',
		'locationId',
		'departmentId',
		'projectManager',
		'statusId',
		'workflowId',
		'hourlyRate',
		'usePersonalHourlyRates',
		'blockTimeRecording',
		'externalId',
		'flavors',
	],
	// §5.3 task table.
	task: [
		'id',
		'parentId',
		'title',
		'description',
		'startDate',
		'dueDate',
		'plannedDuration',
		'duration',
		'plannedCost',
		'cost',
		'priority',
		'statusId',
		'workflowId',
		'workflowStatusId',
		'appointedPersons',
		'folder',
		'isMilestone',
		'processId',
		'computeCost',
		'sortOrder',
		'externalId',
		'flavors',
	],
	// §5.8 folder body.
	folder: [
		'id',
		'name',
		'priority',
		'startDate',
		'endDate',
		'description',
		'color',
		'fillRowWithColor',
		'noNewTasksAllowed',
		'lockNewTasks',
		'privateNewTasks',
		'locked',
		'taskTemplateId',
		'externalId',
	],
	// §5.4 field table.
	absence: [
		'id',
		'userId',
		'absenceTypeId',
		'startDate',
		'endDate',
		'startDateMinutes',
		'endDateMinutes',
		'duration',
		'status',
		'comment',
		'locked',
		'externalId',
	],
	// §5.5 (NODE-B bodies); flavors §5.10.
	timeRecord: [
		'id',
		'taskId',
		'userId',
		'date',
		'duration',
		'startDate',
		'endDate',
		'statusId',
		'locked',
		'externalId',
		'flavors',
	],
	// §5.7 bodies.
	comment: ['id', 'taskId', 'statusReportId', 'text', 'isInternal'],
	// §5.12 member PUT body.
	member: ['id', 'flavors'],
	// §5.12 absence-type body.
	absenceType: [
		'id',
		'title',
		'type',
		'isApprovalNecessary',
		'includeInHolidaysOverview',
		'yearlyBudget',
		'recommendedApprovers',
		'externalId',
	],
	// §1.5 (flavors are GUIDs).
	flavor: ['id'],
	// §5.9: list responses contain at least `id` (the rest of the field table is not readable).
	attachment: ['id'],
	// §5.11 documents the permission bodies only; every field of the GET answer is the sandbox's (README).
	permission: [],
	// §5.12 memberWorkingTime POST/PUT bodies (capacities in minutes per day; `id` = the daily capacity ID of PUT and DELETE).
	workingTime: [
		'id',
		'userId',
		'startDate',
		'endDate',
		'mondayCapacity',
		'tuesdayCapacity',
		'wednesdayCapacity',
		'thursdayCapacity',
		'fridayCapacity',
		'saturdayCapacity',
		'sundayCapacity',
		'externalId',
	],
	// §4.3 ticket and result shapes (hypothetical there; listed in the README too).
	result: ['ticketId', 'status', 'items', 'tempId', 'id', 'success', 'messages'],
};

const sandbox = useSandbox();

async function get(path: string): Promise<Array<Record<string, unknown>>> {
	const response = await fetch(`${sandbox.smensoBaseUrl}/api/integration/${path}`, {
		headers: { Authorization: ADMIN_AUTH },
	});
	const body = (await response.json()) as unknown;
	return Array.isArray(body) ? body : [body as Record<string, unknown>];
}

/** The fields the sandbox sends, as `entity.field`. */
async function sentFields(): Promise<Set<string>> {
	const P = SEED.mainProjectId;
	const sources: Record<string, Array<Record<string, unknown>>> = {
		project: await get('project/json'),
		task: [...(await get(`task/json/${P}`)), ...(await get(`task/json/${P}/${guid('task-0')}`))],
		folder: await get(`folders/json/${P}`),
		absence: await get('absence/json'),
		timeRecord: await get(`timerecord/json/${P}`),
		comment: [
			...(await get(`comment/task/json/${guid('task-0')}`)),
			...(await get(`comment/json/${[...sandbox.smenso.comments.keys()][2]}`)),
		],
		member: await get('settings/member/json'),
		absenceType: await get('settings/absencetypes/json'),
		flavor: await get('flavor/json'),
		workingTime: await get('settings/member/workingtime/json'),
		// Without projectOnly the list holds the project's, its tasks' and its status reports' files.
		attachment: await get(`attachment/project/json/${P}`),
		permission: [
			...(await get(`permissions/project/json/${guid('project-1')}`)),
			...(await get(`permissions/task/json/${guid('task-0')}`)),
		],
	};
	sandbox.smenso.writeMode = 'sync';
	const write = await fetch(`${sandbox.smensoBaseUrl}/api/integration/project/json/archive/${P}`, {
		method: 'POST',
		headers: { Authorization: ADMIN_AUTH },
	});
	const result = (await write.json()) as Record<string, unknown>;
	sources.result = [result, ...(result.items as Array<Record<string, unknown>>)];
	const fields = new Set<string>();
	for (const [entity, records] of Object.entries(sources)) {
		expect(records.length).toBeGreaterThan(0);
		for (const record of records)
			for (const key of Object.keys(record)) fields.add(`${entity}.${key}`);
	}
	return fields;
}

/** `entity.field` names in the README's "What the sandbox assumes" section. */
function listedAssumptions(): Set<string> {
	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
	const section = readme.split('## What the sandbox assumes')[1].split('\n## ')[0];
	const entities = Object.keys(DOCUMENTED).join('|');
	return new Set(
		[...section.matchAll(new RegExp(`\`((?:${entities})\\.\\w+)\``, 'g'))].map((match) => match[1]),
	);
}

test('every field the smenso sandbox sends is documented or listed in the README as an assumption', async () => {
	const sent = await sentFields();
	const documented = new Set(
		Object.entries(DOCUMENTED).flatMap(([entity, keys]) => keys.map((key) => `${entity}.${key}`)),
	);
	const listed = listedAssumptions();
	expect([...sent].filter((field) => !documented.has(field) && !listed.has(field))).toEqual([]);
	// No README line for a field the sandbox does not send (or one the reference documents).
	expect([...listed].filter((field) => !sent.has(field) || documented.has(field))).toEqual([]);
});
