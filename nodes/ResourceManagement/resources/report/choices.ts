import type { INodePropertyOptions } from 'n8n-workflow';

/*
 * The values the report fields offer. The fields show them, and buildReportBody checks what an
 * expression puts in against the same lists.
 */

/** The report views (`view`); the API's default is time_fees_hours. */
export const VIEWS: INodePropertyOptions[] = [
	{ name: 'Budgets: Amounts', value: 'budgets_amounts' },
	{ name: 'Budgets: Days', value: 'budgets_days' },
	{ name: 'Budgets: Hours', value: 'budgets_hours' },
	{ name: 'Expenses', value: 'expenses' },
	{ name: 'Time & Fees: Amounts', value: 'time_fees_amounts' },
	{ name: 'Time & Fees: Days', value: 'time_fees_days' },
	{ name: 'Time & Fees: Days and Amounts', value: 'time_fees_days_and_amounts' },
	{ name: 'Time & Fees: Hours', value: 'time_fees_hours' },
	{ name: 'Time & Fees: Hours and Amounts', value: 'time_fees_hours_and_amounts' },
	{ name: 'Utilization', value: 'utilization' },
];

/** `time_frame` shortcuts, plus `custom` for an explicit {from, to} range. */
export const TIME_FRAMES: INodePropertyOptions[] = [
	{
		name: 'Custom Range',
		value: 'custom',
		description: 'Between the From and To dates (at most one year)',
	},
	{ name: 'Last 30 Days', value: 'last_30' },
	{ name: 'Last 60 Days', value: 'last_60' },
	{ name: 'Last 90 Days', value: 'last_90' },
	{ name: 'Last and Next 90 Days', value: 'last_and_next_90' },
	{ name: 'Last Month', value: 'last_month' },
	{ name: 'Last Quarter', value: 'last_quarter' },
	{ name: 'Last Week', value: 'last_week' },
	{ name: 'Last Year', value: 'last_year' },
	{ name: 'Next 30 Days', value: 'next_30' },
	{ name: 'Next 60 Days', value: 'next_60' },
	{ name: 'Next 90 Days', value: 'next_90' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'This Quarter', value: 'this_quarter' },
	{ name: 'This Week', value: 'this_week' },
	{ name: 'This Year', value: 'this_year' },
];

/** Every attribute a report can be grouped (and filtered) by. */
export const GROUP_ATTRIBUTES: INodePropertyOptions[] = [
	{ name: 'Approval Status', value: 'approval_status' },
	{ name: 'Approved By', value: 'approved_by' },
	{ name: 'Assignment Status', value: 'assignment_status' },
	{ name: 'Category', value: 'category' },
	{ name: 'Client', value: 'client' },
	{ name: 'Date (Day)', value: 'date' },
	{ name: 'Discipline', value: 'discipline' },
	{ name: 'Entry Type', value: 'entry_type', description: 'For example Confirmed or Unconfirmed' },
	{ name: 'Leave Type', value: 'leave_type' },
	{ name: 'Location', value: 'location' },
	{ name: 'Month', value: 'month' },
	{ name: 'Phase Name', value: 'phase_name' },
	{ name: 'Project', value: 'project_id', description: 'Rows carry project_id and project_name' },
	{ name: 'Project State', value: 'project_state' },
	{ name: 'Project Type', value: 'project_type' },
	{ name: 'Record Type', value: 'record_type' },
	{ name: 'Role', value: 'role' },
	{ name: 'User', value: 'user_id', description: 'Rows carry user_id and user_name' },
	{ name: 'Week', value: 'week' },
];

/** Filters take every group-by attribute plus the two tag lists. */
export const FILTER_ATTRIBUTES: INodePropertyOptions[] = [
	...GROUP_ATTRIBUTES,
	{ name: 'People Tags', value: 'people_tags' },
	{ name: 'Project Tags', value: 'project_tags' },
].sort((a, b) => a.name.localeCompare(b.name));

/** Display name by value, for the messages that name a wrong or repeated choice. */
export const optionNames = (options: INodePropertyOptions[]) =>
	new Map(options.map((o) => [String(o.value), o.name]));

export const ATTRIBUTE_NAMES = optionNames(FILTER_ATTRIBUTES);
