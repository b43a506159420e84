/**
 * What people really type: every case must end in an error whose message names the field and
 * whose description says how to fix it — caught before any request where the node can know,
 * otherwise the service's answer turned into words. Runs through the real routing engine.
 */
import type { INodeParameters } from 'n8n-workflow';
import { RM_SEED } from './sandbox/rm/state';
import { SEED } from './sandbox/smenso/state';
import { rmCredential, rmNode } from './harness/rm';
import { runNode, type RunNodeResult } from '../dev/runNode';
import { leakedTokens } from './harness/secrets';
import { byId, smensoCredential, smensoNode } from './harness/smenso';
import { useSandbox } from './harness/sandbox';

const sandbox = useSandbox();

type Service = 'smenso' | 'rm';
interface Case {
	name: string;
	service: Service;
	parameters: INodeParameters;
	/** Credential fields to override. */
	credential?: Record<string, string>;
	message: string | RegExp;
	/** A phrase of the description (how to fix it). */
	fix: string | RegExp;
	/** Requests the sandbox may receive (0: caught before sending). */
	requests?: number;
}

const P = SEED.mainProjectId;
const T = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const RM_P = String(RM_SEED.firstProjectId);
const noRetry = { requestOptions: { maxRetries: 0 } };

const smensoCreate = (additionalFields: INodeParameters): INodeParameters => ({
	resource: 'project',
	operation: 'create',
	title: 'X',
	phaseId: 1,
	typeId: 1,
	additionalFields,
});
const rmCreate = (additionalFields: INodeParameters): INodeParameters => ({
	resource: 'project',
	operation: 'create',
	name: 'X',
	additionalFields,
});

const cases: Case[] = [
	// ---- dates ------------------------------------------------------------------------------
	{
		name: 'smenso: 30 February',
		service: 'smenso',
		parameters: smensoCreate({ startDate: '2026-02-30' }),
		message: `'Start Date' is not a valid date: "2026-02-30"`,
		fix: 'date picker',
	},
	{
		name: 'smenso: month 13',
		service: 'smenso',
		parameters: smensoCreate({ endDate: '2026-13-01' }),
		message: `'End Date' is not a valid date: "2026-13-01"`,
		fix: '2025-10-01',
	},
	{
		name: 'smenso: 29.02 of a common year',
		service: 'smenso',
		parameters: smensoCreate({ startDate: '29.02.2025' }),
		message: `'Start Date' is not a valid date: "29.02.2025"`,
		fix: '01.10.2025',
	},
	{
		name: 'smenso: words instead of a date',
		service: 'smenso',
		parameters: smensoCreate({ startDate: 'next friday' }),
		message: `'Start Date' is not a valid date: "next friday"`,
		fix: 'date picker',
	},
	{
		name: 'smenso: end before start',
		service: 'smenso',
		parameters: smensoCreate({ startDate: '2026-05-02', endDate: '2026-05-01' }),
		message: "'End Date' (2026-05-01) is before 'Start Date' (2026-05-02)",
		fix: 'or later',
	},
	{
		name: 'smenso absence: end before start',
		service: 'smenso',
		parameters: {
			resource: 'absence',
			operation: 'create',
			userId: byId('ada.lovelace@example.com'),
			absenceTypeId: 'Vacation',
			startDate: '2026-08-10',
			endDate: '2026-08-03',
		},
		message: /^'End Date' \(2026-08-03\) is before 'Start Date' \(2026-08-10\)$/,
		fix: 'or later',
	},
	{
		name: 'RM: day 32',
		service: 'rm',
		parameters: rmCreate({ starts_at: '2026-01-32' }),
		message: `'Start Date' is not a valid date: "2026-01-32"`,
		fix: 'date picker',
	},
	{
		name: 'RM: 00 month',
		service: 'rm',
		parameters: rmCreate({ ends_at: '2026-00-10' }),
		message: `'End Date' is not a valid date: "2026-00-10"`,
		fix: '2025-10-01',
	},
	{
		name: 'RM: end before start',
		service: 'rm',
		parameters: rmCreate({ starts_at: '2026-03-10', ends_at: '2026-03-09' }),
		message: "'End Date' (2026-03-09) is before 'Start Date' (2026-03-10)",
		fix: 'or later',
	},
	{
		name: 'RM: filter date in words',
		service: 'rm',
		parameters: {
			resource: 'project',
			operation: 'getAll',
			limit: 5,
			filters: { from: 'yesterday' },
		},
		message: `'Active From' is not a valid date: "yesterday"`,
		fix: 'date picker',
	},
	{
		name: 'RM: filter window reversed',
		service: 'rm',
		parameters: {
			resource: 'project',
			operation: 'getAll',
			limit: 5,
			filters: { from: '2026-05-01', to: '2026-04-01' },
		},
		message: "'Active To' (2026-04-01) is before 'Active From' (2026-05-01)",
		fix: 'or later',
	},
	{
		name: 'RM report: custom range over a year',
		service: 'rm',
		parameters: {
			resource: 'report',
			operation: 'getRows',
			timeFrame: 'custom',
			from: '2025-01-01',
			to: '2026-06-30',
		},
		message: 'The range 2025-01-01 to 2026-06-30 is longer than one year',
		fix: "set 'To' to 2025-12-31 or earlier",
	},

	// ---- numbers ----------------------------------------------------------------------------
	{
		name: 'smenso: negative hours',
		service: 'smenso',
		parameters: {
			resource: 'timeEntry',
			operation: 'create',
			projectId: byId(P),
			taskId: byId(T),
			userId: byId('ada.lovelace@example.com'),
			date: '2026-02-02',
			durationHours: -2,
		},
		message: "'Duration (Hours)' is negative: -2",
		fix: 'positive number',
	},
	{
		name: 'smenso: hours that are not a number',
		service: 'smenso',
		parameters: {
			resource: 'timeEntry',
			operation: 'create',
			projectId: byId(P),
			taskId: byId(T),
			userId: byId('ada.lovelace@example.com'),
			date: '2026-02-02',
			durationHours: '={{ "two" }}',
		},
		message: `'Duration (Hours)' is not a number: "two"`,
		fix: '1.5',
	},
	{
		name: 'smenso: Limit 0',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'getAll', limit: '={{ 0 }}' },
		message: "'Limit' must be a whole number of 1 or more: 0",
		fix: "'Return All'",
	},
	{
		name: 'RM: negative Limit',
		service: 'rm',
		parameters: { resource: 'project', operation: 'getAll', limit: '={{ -3 }}' },
		message: "'Limit' must be a whole number of 1 or more: -3",
		fix: "'Return All'",
	},
	{
		name: 'RM: Limit as text',
		service: 'rm',
		parameters: { resource: 'project', operation: 'getAll', limit: '={{ "lots" }}' },
		message: `'Limit' must be a whole number of 1 or more: "lots"`,
		fix: "'Return All'",
	},
	{
		name: 'RM: fractional Limit',
		service: 'rm',
		parameters: { resource: 'project', operation: 'getAll', limit: '={{ 2.5 }}' },
		message: "'Limit' must be a whole number of 1 or more: 2.5",
		fix: "'Return All'",
	},

	// ---- identifiers ------------------------------------------------------------------------
	{
		name: 'smenso: empty project',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'get', projectId: byId('') },
		message: "'Project' is empty",
		fix: 'GUID',
	},
	{
		name: 'smenso: spaces as project',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'get', projectId: byId('   ') },
		message: "'Project' is empty",
		fix: 'GUID',
	},
	{
		name: 'smenso: number as project',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'archive', projectId: byId('42') },
		message: `'Project' is not a valid ID: "42"`,
		fix: 'GUID',
	},
	{
		name: 'smenso: path in task ID',
		service: 'smenso',
		parameters: { resource: 'task', operation: 'delete', taskId: byId('../project/json') },
		message: `'Task' is not a valid ID: "../project/json"`,
		fix: 'GUID',
	},
	{
		name: 'smenso: user that is neither GUID nor e-mail',
		service: 'smenso',
		parameters: {
			resource: 'absence',
			operation: 'create',
			userId: byId('Ada'),
			absenceTypeId: 'Vacation',
			startDate: '2026-08-03',
			endDate: '2026-08-04',
		},
		message: `'User' is not a valid ID: "Ada"`,
		fix: 'e-mail address',
	},
	{
		name: 'smenso: template ID that is a name',
		service: 'smenso',
		parameters: {
			resource: 'project',
			operation: 'createFromTemplate',
			templateId: 'Standard project',
			title: 'X',
		},
		message: `'Template ID' is not a valid ID: "Standard project"`,
		fix: 'GUID',
	},
	{
		name: 'smenso: ticket ID with a slash',
		service: 'smenso',
		parameters: { resource: 'ticket', operation: 'get', ticketId: 'abc/def' },
		message: `'Ticket ID' is not a valid ID: "abc/def"`,
		fix: 'without slashes',
	},
	{
		name: 'smenso: ID of another resource',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'get', projectId: byId(SEED.taskTemplateId) },
		message: 'smenso found no such record (404): Project not found',
		fix: 'pick the record from the list',
		requests: 1,
	},
	{
		name: 'RM: text as project ID',
		service: 'rm',
		parameters: { resource: 'project', operation: 'get', projectId: byId('Website') },
		message: `'Project' is not a valid ID: "Website"`,
		fix: 'whole number',
	},
	{
		name: 'RM: empty project ID',
		service: 'rm',
		parameters: { resource: 'project', operation: 'delete', projectId: byId('') },
		message: "'Project' is empty",
		fix: 'whole number',
	},
	{
		name: 'RM: negative ID',
		service: 'rm',
		parameters: { resource: 'project', operation: 'get', projectId: byId('-5') },
		message: `'Project' is not a valid ID: "-5"`,
		fix: 'whole number',
	},
	{
		name: 'RM: zero ID',
		service: 'rm',
		parameters: { resource: 'user', operation: 'get', userId: byId('0') },
		message: `'User' is not a valid ID: "0"`,
		fix: 'whole number',
	},
	{
		name: 'RM: decimal ID',
		service: 'rm',
		parameters: { resource: 'placeholder', operation: 'get', placeholderId: byId('9.5') },
		message: `'Placeholder' is not a valid ID: "9.5"`,
		fix: 'whole number',
	},
	{
		name: 'RM: leave type ID used as a project',
		service: 'rm',
		parameters: {
			resource: 'project',
			operation: 'get',
			projectId: byId(String(RM_SEED.leaveTypeIds[0])),
		},
		message: 'Resource Management found no such record (404): not found',
		fix: 'right kind',
		requests: 1,
	},
	{
		name: 'RM: phase of another project',
		service: 'rm',
		parameters: {
			resource: 'phase',
			operation: 'get',
			projectId: byId(RM_P),
			phaseId: byId(String(100_000 + (RM_SEED.firstProjectId + 1) * 10)),
		},
		message: 'Resource Management found no such record (404): not found',
		fix: 'belong to the parent',
		requests: 1,
	},

	// ---- choices and JSON -------------------------------------------------------------------
	{
		name: 'RM: unknown project state from an expression',
		service: 'rm',
		parameters: rmCreate({ project_state: '={{ "Maybe" }}' }),
		message: 'Resource Management rejected the data: bad data; invalid project_state',
		fix: 'Fix the fields',
		requests: 1,
	},
	{
		name: 'RM: unknown report view from an expression',
		service: 'rm',
		parameters: { resource: 'report', operation: 'getRows', view: '={{ "pie_chart" }}' },
		message: `'View' is not a report view: "pie_chart"`,
		fix: /^Use one of: ([a-z_]+, )*time_fees_hours(, [a-z_]+)*\.$/,
	},
	{
		name: 'smenso: Extra Fields that do not parse',
		service: 'smenso',
		parameters: {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'X',
			additionalFields: { extraFields: '{ "x": 1, }' },
		},
		message: "'Extra Fields (JSON)' is not valid JSON",
		fix: 'double quotes',
	},
	{
		name: 'smenso: Extra Fields that are not an object',
		service: 'smenso',
		parameters: {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'X',
			additionalFields: { extraFields: '[1, 2]' },
		},
		message: "'Extra Fields (JSON)' must be a JSON object",
		fix: '{"name": value',
	},

	// ---- credentials ------------------------------------------------------------------------
	{
		name: 'smenso: empty token',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { apiToken: ' ' },
		message: 'The smenso credential has no API token',
		fix: 'Admin Center',
	},
	{
		name: 'smenso: workspace with spaces',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { baseUrl: '', workspace: 'acme corp' },
		message: 'The smenso workspace is not valid: "acme corp"',
		fix: 'acme.smenso.cloud',
	},
	{
		name: 'smenso: base URL that is no URL',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { baseUrl: 'smenso.example.com' },
		message: `The credential's Base URL Override is not a URL: "smenso.example.com"`,
		fix: 'https://host/skyisland',
	},
	{
		name: 'smenso: wrong workspace path',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { baseUrl: 'BASE/no-such-workspace' },
		message: 'smenso has no API at this address (404)',
		fix: 'workspace',
		requests: 1,
	},
	{
		name: 'smenso: expired token',
		service: 'smenso',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { apiToken: 'ZXhwaXJlZDp0b2tlbi0yMDI0' },
		message: 'smenso did not accept the API token (401)',
		fix: 'Tokens expire',
		requests: 1,
	},
	{
		name: 'RM: empty token',
		service: 'rm',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { apiToken: '' },
		message: 'The Resource Management credential has no API token',
		fix: 'Developer API',
	},
	{
		name: 'RM: custom region without a URL',
		service: 'rm',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { baseUrl: '' },
		message: `The credential's Base URL is not a URL: ""`,
		fix: 'US or EU region',
	},
	{
		name: 'RM: revoked token',
		service: 'rm',
		parameters: { resource: 'project', operation: 'getAll', limit: 1 },
		credential: { apiToken: 'revoked-token-0000' },
		message: 'Resource Management did not accept the API token (401)',
		fix: 'Developer API',
		requests: 1,
	},
];

async function run(c: Case): Promise<RunNodeResult> {
	const isSmenso = c.service === 'smenso';
	const { type, data } = isSmenso ? smensoCredential(sandbox) : rmCredential(sandbox);
	const override = Object.fromEntries(
		Object.entries(c.credential ?? {}).map(([key, value]) => [
			key,
			value.replace('BASE', sandbox.url),
		]),
	);
	return await runNode({
		nodeType: isSmenso ? smensoNode : rmNode,
		parameters: { ...noRetry, ...c.parameters },
		credential: { type, data: { ...data, ...override } },
	});
}

test(`the matrix has at least 40 cases across both nodes (${cases.length}), each named once after its node`, () => {
	expect(cases.length).toBeGreaterThanOrEqual(40);
	expect(cases.filter((c) => c.service === 'smenso').length).toBeGreaterThanOrEqual(15);
	expect(cases.filter((c) => c.service === 'rm').length).toBeGreaterThanOrEqual(15);
	const names = cases.map((c) => c.name);
	expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
	expect(
		cases
			.filter((c) => !c.name.startsWith(c.service === 'smenso' ? 'smenso' : 'RM'))
			.map((c) => c.name),
	).toEqual([]);
});

test('every case expects a message and a fix of its own: no pattern that any text would satisfy', () => {
	const catchAll = (expected: string | RegExp) =>
		typeof expected === 'string'
			? expected.trim().length < 3
			: ['', 'x', 'An error occurred.'].some((text) => expected.test(text));
	expect(cases.filter((c) => catchAll(c.message) || catchAll(c.fix)).map((c) => c.name)).toEqual(
		[],
	);
});

test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
	const result = await run(c);
	expect(result.items).toHaveLength(0);
	expect(result.error).toBeDefined();
	if (typeof c.message === 'string') expect(result.error?.message).toBe(c.message);
	else expect(result.error?.message).toMatch(c.message);
	if (typeof c.fix === 'string') expect(result.error?.description ?? '').toContain(c.fix);
	else expect(result.error?.description ?? '').toMatch(c.fix);
	expect(sandbox.requests).toHaveLength(c.requests ?? 0);
	// No token in any output, message, description or error object, whatever went wrong.
	expect(
		leakedTokens(
			result,
			[c.credential?.apiToken ?? ''].filter((v) => v.trim().length > 8),
		),
	).toEqual([]);
});
