import type { INodeParameters } from 'n8n-workflow';
import { RM_TOKEN } from '../sandbox';
import { jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';
import type { RunNodeOptions } from '../../dev/runNode';

const sandbox = useSandbox();

const rowsPath = '/api/v1/reports/rows';
const totalsPath = '/api/v1/reports/totals';

async function report(
	parameters: INodeParameters,
	options: Partial<RunNodeOptions> & { token?: string } = {},
) {
	return await runRm(sandbox, { resource: 'report', operation: 'getRows', ...parameters }, options);
}

const levels = (...attributes: string[]) => ({
	levels: attributes.map((attribute) => ({ attribute })),
});
const filter = (attribute: string, filterOperation: string, values: string) => ({
	attribute,
	filterOperation,
	values,
});
const hours = (n: number) => ({
	incurred_hours: n,
	scheduled_hours: 0,
	difference_from_past_scheduled_hours: n,
	future_scheduled_hours: 0,
	total_hours: n,
});

describe('Resource Management report: Get Rows', () => {
	test('custom range, two group-by levels, id filters with [none]: exact body and one item per row', async () => {
		const result = await report(
			{
				timeFrame: 'custom',
				// 23:30 UTC on Jan 31 is already Feb 1 in Berlin, the workflow time zone.
				from: '2026-01-31T23:30:00Z',
				to: '2026-02-10T00:00:00',
				groupBy: levels('user_id', 'project_id'),
				filters: {
					filter: [
						filter('project_id', 'inclusion', '1001, 1002 ,[none]'),
						filter('user_id', 'exclusion', '501'),
					],
				},
				options: { today: '2026-02-20T00:00:00' },
			},
			{ timezone: 'Europe/Berlin' },
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: rowsPath,
				query: {},
				body: {
					view: 'time_fees_hours',
					time_frame: { from: '2026-02-01', to: '2026-02-10' },
					group_by: ['user_id', 'project_id'],
					filters: {
						project_id: { operation: 'inclusion', values: [1001, 1002, '[none]'] },
						user_id: { operation: 'exclusion', values: [501] },
					},
					today: '2026-02-20',
				},
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(sandbox.requests[0].headers['content-type']).toMatch(/application\/json/);
		const rows = jsonOf(result);
		expect(rows[0]).toEqual({
			user_id: 502,
			user_name: 'Grace Tester01',
			project_id: 1001,
			project_name: 'Website Relaunch',
			...hours(256),
		});
		expect(rows[1]).toEqual({
			user_id: 502,
			user_name: 'Grace Tester01',
			project_id: 1002,
			project_name: 'Project 001',
			...hours(170),
		});
		expect(rows.map((r) => [r.user_id, r.project_id, r.total_hours])).toEqual([
			[502, 1001, 256],
			[502, 1002, 170],
			[503, 1001, 127],
			[503, 1002, 131],
			[504, 1001, 260],
			[504, 1002, 170],
			[505, 1001, 131],
			[505, 1002, 127],
			[506, 1001, 256],
			[506, 1002, 174],
			[507, 1001, 127],
			[507, 1002, 131],
			[508, 1001, 260],
			[508, 1002, 170],
			[509, 1001, 131],
			[509, 1002, 127],
			[510, 1001, 260],
			[510, 1002, 174],
		]);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	test('a shortcut time frame is sent as a string; the default grouping is by project', async () => {
		const result = await report({
			timeFrame: 'this_month',
			options: { today: '2026-02-15T00:00:00' },
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: rowsPath,
			query: {},
			body: { view: 'time_fees_hours', time_frame: 'this_month', today: '2026-02-15' },
		});
		// Entries up to Feb 15 count as incurred.
		expect(jsonOf(result)).toEqual([
			{ project_id: 1001, project_name: 'Website Relaunch', ...hours(3005) },
			{ project_id: 1002, project_name: 'Project 001', ...hours(1500) },
			{ project_id: 1003, project_name: 'Project 002', ...hours(1929) },
			{ project_id: 1004, project_name: 'Project 003', ...hours(2358) },
			{ project_id: 1005, project_name: 'Project 004', ...hours(1931) },
			{ project_id: 1006, project_name: 'Project 005', ...hours(1504) },
			{ project_id: 1007, project_name: 'Project 006', ...hours(1933) },
		]);
	});

	test('the default time frame is this_week and only view and time_frame are sent', async () => {
		await report({});
		expect(sandbox.requests[0].body).toEqual({ view: 'time_fees_hours', time_frame: 'this_week' });
	});

	test('Include Request Echo adds params and dates to every row', async () => {
		const result = await report({
			timeFrame: 'this_month',
			groupBy: levels('project_id'),
			filters: { filter: [filter('project_id', 'inclusion', '1003')] },
			options: { today: '2026-02-15', includeEcho: true },
		});
		expect(jsonOf(result)).toEqual([
			{
				project_id: 1003,
				project_name: 'Project 002',
				...hours(1929),
				params: {
					view: 'time_fees_hours',
					time_frame: 'this_month',
					group_by: ['project_id'],
					filters: { project_id: { operation: 'inclusion', values: [1003] } },
					today: '2026-02-15',
					calc_incurred_using: 'confirmed-unconfirmed',
				},
				dates: { today: '2026-02-15', range: { from: '2026-02-01', to: '2026-02-28' } },
			},
		]);
	});

	test('group-by levels keep their order: month then user, and date then user', async () => {
		const byMonth = await report({
			timeFrame: 'custom',
			from: '2026-02-27',
			to: '2026-02-28',
			groupBy: levels('month', 'user_id'),
			options: { today: '2026-03-01' },
		});
		expect(sandbox.requests[0].body).toMatchObject({ group_by: ['month', 'user_id'] });
		expect(jsonOf(byMonth).map((r) => [r.month, r.user_id, r.user_name, r.total_hours])).toEqual([
			['2026-02', 501, 'Ada Tester00', 217],
			['2026-02', 502, 'Grace Tester01', 260],
			['2026-02', 503, 'Alan Tester02', 213],
			['2026-02', 504, 'Edsger Tester03', 256],
			['2026-02', 505, 'Barbara Tester04', 217],
			['2026-02', 506, 'Donald Tester05', 260],
			['2026-02', 507, 'Ada Tester06', 213],
			['2026-02', 508, 'Grace Tester07', 256],
			['2026-02', 509, 'Alan Tester08', 210],
			['2026-02', 510, 'Edsger Tester09', 252],
		]);
		const byDate = await report({
			timeFrame: 'custom',
			from: '2026-02-03',
			to: '2026-02-04',
			groupBy: levels('date', 'user_id'),
			filters: { filter: [filter('project_id', 'inclusion', '1003')] },
			options: { today: '2026-03-01' },
		});
		expect(sandbox.requests[1].body).toMatchObject({ group_by: ['date', 'user_id'] });
		expect(jsonOf(byDate).map((r) => [r.date, r.user_id, r.total_hours])).toEqual([
			['2026-02-03', 501, 217],
			['2026-02-03', 503, 213],
			['2026-02-03', 505, 213],
			['2026-02-03', 507, 217],
			['2026-02-03', 509, 213],
		]);
	});

	test('five levels for Utilization (user and date attributes) are sent in order', async () => {
		const result = await report({
			view: 'utilization',
			timeFrame: 'next_90',
			groupBy: levels('discipline', 'role', 'location', 'assignment_status', 'week'),
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: rowsPath,
			query: {},
			body: {
				view: 'utilization',
				time_frame: 'next_90',
				group_by: ['discipline', 'role', 'location', 'assignment_status', 'week'],
			},
		});
		// Not modelled by the sandbox: one fixed row with the group keys.
		expect(jsonOf(result)).toEqual([
			{
				discipline: null,
				role: null,
				location: null,
				assignment_status: null,
				week: null,
				...hours(0),
			},
		]);
	});

	test('text filters, tag filters, custom field filters and the incurred rule go into the body', async () => {
		const result = await report({
			view: 'time_fees_amounts',
			timeFrame: 'last_quarter',
			groupBy: levels('client', 'leave_type'),
			filters: {
				filter: [
					filter('role', 'exclusion', 'Designer, [none]'),
					filter('people_tags', 'inclusion', 'senior,remote'),
					filter('entry_type', 'exclusion', 'Unconfirmed'),
					// An expression may hand over an array instead of the comma-separated text.
					filter('user_id', 'inclusion', '={{ [503, "504"] }}'),
				],
			},
			customFieldFilters: {
				filter: [
					{ id: 4321, filterOperation: 'inclusion', values: 'EMEA, APAC' },
					{ id: 99, filterOperation: 'exclusion', values: '[none]' },
				],
			},
			options: { calcIncurredUsing: 'confirmed', today: '2026-02-15' },
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: rowsPath,
			query: {},
			body: {
				view: 'time_fees_amounts',
				time_frame: 'last_quarter',
				group_by: ['client', 'leave_type'],
				filters: {
					role: { operation: 'exclusion', values: ['Designer', '[none]'] },
					people_tags: { operation: 'inclusion', values: ['senior', 'remote'] },
					entry_type: { operation: 'exclusion', values: ['Unconfirmed'] },
					user_id: { operation: 'inclusion', values: [503, 504] },
					custom_fields: [
						{ id: 4321, operation: 'inclusion', values: ['EMEA', 'APAC'] },
						{ id: 99, operation: 'exclusion', values: ['[none]'] },
					],
				},
				today: '2026-02-15',
				calc_incurred_using: 'confirmed',
			},
		});
		expect(jsonOf(result)).toEqual([{ client: null, leave_type: null, ...hours(0) }]);
	});

	test('a range of exactly one year is accepted', async () => {
		const result = await report({
			timeFrame: 'custom',
			from: '2025-03-01',
			to: '2026-02-28',
			groupBy: levels('user_id'),
			options: { today: '2026-03-01' },
		});
		expect(sandbox.requests[0].body).toMatchObject({
			time_frame: { from: '2025-03-01', to: '2026-02-28' },
		});
		expect(jsonOf(result)).toHaveLength(10);
	});

	test('an empty report yields no items', async () => {
		const result = await report({
			timeFrame: 'custom',
			from: '2025-01-01',
			to: '2025-01-31',
			groupBy: levels('user_id'),
		});
		expect(jsonOf(result)).toEqual([]);
		expect(sandbox.requests).toHaveLength(1);
	});
});

describe('Resource Management report: Get Totals', () => {
	test('posts the same body to /reports/totals and returns one item with the totals', async () => {
		const result = await runRm(sandbox, {
			resource: 'report',
			operation: 'getTotals',
			timeFrame: 'custom',
			from: '2026-02-01',
			to: '2026-02-10',
			filters: { filter: [filter('user_id', 'inclusion', '503')] },
			options: { today: '2026-02-20' },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: totalsPath,
				query: {},
				body: {
					view: 'time_fees_hours',
					time_frame: { from: '2026-02-01', to: '2026-02-10' },
					filters: { user_id: { operation: 'inclusion', values: [503] } },
					today: '2026-02-20',
				},
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(jsonOf(result)).toEqual([hours(815)]);
	});

	test('with Include Request Echo the totals item carries params and dates', async () => {
		const result = await runRm(sandbox, {
			resource: 'report',
			operation: 'getTotals',
			timeFrame: 'last_week',
			options: { today: '2026-02-18', includeEcho: true },
		});
		const [totals] = jsonOf(result);
		expect(totals.dates).toEqual({
			today: '2026-02-18',
			range: { from: '2026-02-09', to: '2026-02-15' },
		});
		expect(totals.params).toMatchObject({ time_frame: 'last_week', group_by: ['project_id'] });
		// Last week before Wednesday Feb 18 is Monday Feb 9 to Sunday Feb 15.
		const expected = [...sandbox.rm.timeEntries.values()]
			.filter((e) => String(e.date) >= '2026-02-09' && String(e.date) <= '2026-02-15')
			.reduce((sum, e) => sum + Number(e.hours), 0);
		expect(totals.total_hours).toBe(expected);
		expect(expected).toBeGreaterThan(0);
	});
});

describe('Resource Management report: answers of other shapes (the totals shape is undocumented)', () => {
	const params = { view: 'time_fees_hours', time_frame: 'this_week' };
	const dates = { today: '2026-02-18', range: { from: '2026-02-16', to: '2026-02-22' } };

	/** Runs `operation` with the sandbox answering `body` instead of its own answer. */
	async function answered(operation: 'getRows' | 'getTotals', body: unknown, includeEcho = false) {
		sandbox.inject({
			method: 'POST',
			path: operation === 'getRows' ? rowsPath : totalsPath,
			response: { status: 200, body },
		});
		const result = await report({ operation, timeFrame: 'this_week', options: { includeEcho } });
		expect(sandbox.requests).toHaveLength(1);
		return jsonOf(result);
	}

	test.each<[string, unknown, boolean, unknown[]]>([
		[
			'a totals object is unwrapped (the echo only on request)',
			{ params, dates, totals: { incurred_hours: 5 } },
			false,
			[{ incurred_hours: 5 }],
		],
		[
			'a totals object with Include Request Echo',
			{ params, dates, totals: { incurred_hours: 5 } },
			true,
			[{ incurred_hours: 5, params, dates }],
		],
		[
			'no totals key: the whole answer is the item',
			{ params, dates, incurred_hours: 5 },
			false,
			[{ params, dates, incurred_hours: 5 }],
		],
		[
			'totals as a list: the whole answer is the item',
			{ params, dates, totals: [{ incurred_hours: 5 }, { incurred_hours: 2 }] },
			false,
			[{ params, dates, totals: [{ incurred_hours: 5 }, { incurred_hours: 2 }] }],
		],
		[
			'totals null: the whole answer is the item',
			{ totals: null, incurred_hours: 0 },
			false,
			[{ totals: null, incurred_hours: 0 }],
		],
		[
			'a bare list: one item per element',
			[{ incurred_hours: 5 }, { incurred_hours: 2 }],
			false,
			[{ incurred_hours: 5 }, { incurred_hours: 2 }],
		],
	])('Get Totals, %s', async (_name, body, includeEcho, expected) => {
		expect(await answered('getTotals', body, includeEcho)).toEqual(expected);
	});

	test.each<[string, unknown, unknown[]]>([
		[
			'no rows key: the whole answer is the item',
			{ params, dates, incurred_hours: 5 },
			[{ params, dates, incurred_hours: 5 }],
		],
		[
			'rows that are no list: the whole answer is the item',
			{ params, dates, rows: { user_id: 501, incurred_hours: 5 } },
			[{ params, dates, rows: { user_id: 501, incurred_hours: 5 } }],
		],
		[
			'no rows key but an RM list ({data}): one item per record, as every RM list',
			{ params, dates, data: [{ user_id: 501 }, { user_id: 502 }] },
			[{ user_id: 501 }, { user_id: 502 }],
		],
	])('Get Rows, %s', async (_name, body, expected) => {
		expect(await answered('getRows', body)).toEqual(expected);
	});
});

describe('Resource Management report: checks before sending', () => {
	const cases: Array<[string, INodeParameters, string]> = [
		[
			'a range longer than one year',
			{ timeFrame: 'custom', from: '2025-03-01', to: '2026-03-01' },
			'The range 2025-03-01 to 2026-03-01 is longer than one year',
		],
		[
			'an end before the start',
			{ timeFrame: 'custom', from: '2026-02-10', to: '2026-02-01' },
			"'To' (2026-02-01) is before 'From' (2026-02-10)",
		],
		[
			'a custom range without To',
			{ timeFrame: 'custom', from: '2026-02-10' },
			"'From' and 'To' are required for a custom range",
		],
		[
			'an invalid From date',
			{ timeFrame: 'custom', from: '2026-02-30', to: '2026-03-10' },
			'\'From\' is not a valid date: "2026-02-30"',
		],
		[
			'an invalid Today',
			{ options: { today: 'next tuesday' } },
			'\'Today\' is not a valid date: "next tuesday"',
		],
		[
			'Utilization grouped by project',
			{ view: 'utilization', groupBy: levels('user_id', 'project_id') },
			'The Utilization view cannot be grouped by Project (project_id)',
		],
		[
			'six group-by levels',
			{ groupBy: levels('user_id', 'role', 'discipline', 'location', 'date', 'project_id') },
			"'Group By' has 6 levels",
		],
		[
			'a repeated group-by level',
			{ groupBy: levels('user_id', 'user_id') },
			"'Group By' lists User twice",
		],
		[
			'a text value in an ID filter',
			{ filters: { filter: [filter('project_id', 'inclusion', '1001, ACME')] } },
			'The filter on Project has a value that is not an ID: "ACME"',
		],
		[
			'an empty filter',
			{ filters: { filter: [filter('role', 'inclusion', ' , ')] } },
			'The filter on Role has no values',
		],
		[
			'the same filter attribute twice',
			{ filters: { filter: [filter('role', 'inclusion', 'A'), filter('role', 'exclusion', 'B')] } },
			'The filter on Role is set twice',
		],
		[
			'a custom field filter without ID',
			{ customFieldFilters: { filter: [{ id: 0, filterOperation: 'inclusion', values: 'x' }] } },
			"'Custom Field ID' is not a valid ID: 0",
		],
		[
			'an unknown view from an expression',
			{ view: '={{ "pipeline" }}' },
			'\'View\' is not a report view: "pipeline"',
		],
		[
			'an unknown time frame from an expression',
			{ timeFrame: '={{ "last_decade" }}' },
			'\'Time Frame\' is not a known time frame: "last_decade"',
		],
	];

	test.each(cases)('%s fails without a request', async (_name, parameters, message) => {
		for (const operation of ['getRows', 'getTotals']) {
			const result = await report({ ...parameters, operation });
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBeTruthy();
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('Resource Management report: errors from the service', () => {
	test('a 4xx with a message becomes a readable error', async () => {
		sandbox.inject({
			method: 'POST',
			path: rowsPath,
			response: { status: 400, body: { message: 'last_decade is not a valid time_frame' } },
		});
		const result = await report({ timeFrame: 'this_year' });
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: last_decade is not a valid time_frame',
		);
		expect(result.error?.description).toContain('Fix the fields named in the message');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a wrong token is reported as such', async () => {
		const result = await report({ timeFrame: 'this_year' }, { token: 'not-the-token' });
		expect(result.error?.message).toBe('Resource Management did not accept the API token (401)');
		expect(result.error?.message).not.toContain('not-the-token');
	});
});

describe('Resource Management report sandbox validates bodies strictly', () => {
	async function post(path: string, body: unknown) {
		const response = await fetch(`${sandbox.rmBaseUrl}${path}`, {
			method: 'POST',
			headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as { message?: string } };
	}

	test.each([
		[{ view: 'pipeline' }, 'pipeline is not a valid view'],
		[{ time_frame: 'last_decade' }, 'last_decade is not a valid time_frame'],
		[{ time_frame: { from: '2026-01-01' } }, '{"from":"2026-01-01"} is not a valid time_frame'],
		[
			{ time_frame: { from: '2026-01-01', to: '2026-13-01' } },
			'2026-13-01 is not a valid time_frame to date',
		],
		[
			{ time_frame: { from: '2025-01-01', to: '2026-01-01' } },
			'time_frame range cannot exceed 1 year',
		],
		[
			{ time_frame: { from: '2026-02-01', to: '2026-01-01' } },
			'time_frame to must not be before from',
		],
		[{ group_by: ['team'] }, 'team is not a valid group_by'],
		[{ group_by: [] }, '[] is not a valid group_by (1 to 5 attributes)'],
		[
			{ view: 'utilization', group_by: ['user_id', 'client'] },
			'client is not a valid group_by for utilization',
		],
		[{ filters: { project_id: [1001] } }, '[1001] is not a valid filter for project_id'],
		[
			{ filters: { project_id: { operation: 'only', values: [1] } } },
			'only is not a valid operation for project_id',
		],
		[
			{ filters: { project_id: { operation: 'inclusion', values: ['1001'] } } },
			'1001 is not a valid value for project_id',
		],
		[
			{ filters: { project_id: { operation: 'inclusion', values: [] } } },
			'values for project_id must be a non-empty array',
		],
		[
			{ filters: { team: { operation: 'inclusion', values: ['a'] } } },
			'team is not a valid filter',
		],
		[{ filters: { custom_fields: { id: 1 } } }, 'custom_fields must be an array'],
		[
			{ filters: { custom_fields: [{ id: '7', operation: 'inclusion', values: ['a'] }] } },
			'{"id":"7","operation":"inclusion","values":["a"]} is not a valid custom_fields filter',
		],
		[{ today: '15-02-2026' }, '15-02-2026 is not a valid today date'],
		[{ calc_incurred_using: 'all' }, 'all is not a valid calc_incurred_using'],
		[{ timeframe: 'this_week' }, 'timeframe is not a valid report parameter'],
	])('%j → 400 %s', async (body, message) => {
		for (const path of ['/api/v1/reports/rows', '/api/v1/reports/totals']) {
			expect(await post(path, body)).toEqual({ status: 400, body: { message } });
		}
	});

	test('[none] is accepted in ID filters and excluding it keeps every row', async () => {
		const { status, body } = await post('/api/v1/reports/rows', {
			time_frame: { from: '2026-02-01', to: '2026-02-28' },
			today: '2026-03-01',
			filters: { project_id: { operation: 'exclusion', values: ['[none]'] } },
		});
		expect(status).toBe(200);
		expect((body as { rows: unknown[] }).rows).toHaveLength(7);
	});
});
