import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type PostReceiveAction,
	type PreSendAction,
} from 'n8n-workflow';
import { inputError } from '../../../shared/errors';
import { idList } from '../../../shared/idChecks';
import { bodyOf } from '../../../shared/inputChecks';
import { integerId } from '../../shared/ids';
import { userLocator } from '../../shared/locators';
import { rmGet } from '../../shared/requests';

/*
 * Submitting sends each record with the updated_at it has now: RM only processes records whose
 * updated_at matches (optimistic locking). The node looks the value up right before sending, so
 * the user only gives IDs. (Mapping updated_at from an earlier node would let a stale value skip
 * a record silently; records changed between the look-up and the submit are still skipped by RM
 * and reported as an error below.)
 *
 * Approving is not offered: RM's docs say API callers can only submit, not approve, and RM
 * answered an approve by the account's sole administrator with 403 "forbidden".
 */

/** The two approvable record types: how the node names them and where it reads updated_at. */
const KINDS = {
	timeEntry: {
		type: 'TimeEntry',
		label: 'Time Entry IDs',
		param: 'timeEntryIds',
		noun: 'time entries',
	},
	expenseItem: {
		type: 'ExpenseItem',
		label: 'Expense Item IDs',
		param: 'expenseItemIds',
		noun: 'expense items',
	},
} as const;

type Kind = keyof typeof KINDS;

const kindOf = (ctx: IExecuteSingleFunctions): Kind =>
	ctx.getNodeParameter('approvableType', 'timeEntry') === 'expenseItem'
		? 'expenseItem'
		: 'timeEntry';

/** The record type selector and the fields of each type. */
export const approvableFields: INodeProperties[] = [
	{
		displayName: 'Record Type',
		name: 'approvableType',
		type: 'options',
		noDataExpression: true,
		default: 'timeEntry',
		description: 'What to submit for approval',
		options: [
			{ name: 'Expense Items', value: 'expenseItem' },
			{ name: 'Time Entries', value: 'timeEntry' },
		],
	},
	{
		displayName: 'Time Entry IDs',
		name: 'timeEntryIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 26107271550, 26107271551',
		description:
			'IDs of the time entries, separated by commas, or an expression returning a list of IDs. Their current updated_at is looked up before sending.',
		displayOptions: { show: { approvableType: ['timeEntry'] } },
	},
	{
		...userLocator(
			'The user who reported the expense items (Resource Management reads expense items below their user)',
		),
		displayOptions: { show: { approvableType: ['expenseItem'] } },
	},
	{
		displayName: 'Expense Item IDs',
		name: 'expenseItemIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 4000000001, 4000000002',
		description:
			'IDs of the expense items of that user, separated by commas, or an expression returning a list of IDs. Their current updated_at is looked up before sending.',
		displayOptions: { show: { approvableType: ['expenseItem'] } },
	},
];

/** The entered IDs of the chosen record type (text separated by commas or spaces, or a list), checked. */
function approvableIds(ctx: IExecuteSingleFunctions, kind: Kind): number[] {
	const { param, label, noun } = KINDS[kind];
	const ids = idList(ctx, param, label, 'integer');
	if (!ids.length) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is empty`,
			`Enter at least one ID of the ${noun}, e.g. 26107271550, or map the ID field of an earlier node.`,
			ctx.getItemIndex(),
		);
	}
	return [...new Set(ids.map(Number))];
}

/**
 * preSend: `{status: 'pending', approvables: [{id, type, updated_at}]}` with each record's
 * current updated_at (time entries: /time_entries/{id}; expense items: below their user).
 */
export const sendSubmission: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const kind = kindOf(this);
	const user = kind === 'expenseItem' ? integerId(this, 'userId', 'User') : undefined;
	const ids = approvableIds(this, kind);
	const approvables: IDataObject[] = [];
	// One look-up at a time: RM's rate limit is per account and low.
	for (const id of ids) {
		const url =
			kind === 'expenseItem' ? `/users/${user}/expense_items/${id}` : `/time_entries/${id}`;
		const { body } = await rmGet(this, { baseURL: options.baseURL, url });
		const record = (body ?? {}) as IDataObject;
		if (typeof record.updated_at !== 'string' || !record.updated_at) {
			throw new NodeOperationError(
				this.getNode(),
				`${kind === 'expenseItem' ? 'Expense item' : 'Time entry'} ${id} has no updated_at`,
				{
					description:
						'Resource Management returned the record without the timestamp an approval needs.',
					itemIndex: this.getItemIndex(),
				},
			);
		}
		approvables.push({ id, type: KINDS[kind].type, updated_at: record.updated_at });
	}
	Object.assign(bodyOf(options), { status: 'pending', approvables });
	return options;
};

/**
 * postReceive: RM answers with the approval records it created and silently skips the rest
 * (changed in between, already submitted or approved). A skipped record is an error.
 */
export const requireAllSubmitted: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
) {
	const kind = kindOf(this);
	const { type, noun } = KINDS[kind];
	const wanted = approvableIds(this, kind);
	const done = new Set(
		items
			.filter((item) => item.json.approvable_type === type)
			.map((item) => Number(item.json.approvable_id)),
	);
	const skipped = wanted.filter((id) => !done.has(id));
	if (skipped.length) {
		const processed = wanted.filter((id) => done.has(id));
		const check =
			kind === 'expenseItem'
				? 'Check the items with Expense Item → Get Many (Include Approvals)'
				: 'Check the entries with Time Entry → Get Many (Include Approvals)';
		throw new NodeOperationError(
			this.getNode(),
			`${skipped.length} of ${wanted.length} ${noun} were not submitted: ${skipped.join(', ')}`,
			{
				description: `Resource Management skips records that changed after their updated_at was read, and records that are already submitted or approved (or cannot be). ${processed.length ? `These were submitted: ${processed.join(', ')}.` : 'None was processed.'} ${check} and run again for the skipped ones.`,
				itemIndex: this.getItemIndex(),
			},
		);
	}
	return items;
};

/** The approval record an operation works on. */
export const approvalIdField: INodeProperties = {
	displayName: 'Approval ID',
	name: 'approvalId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 8123',
	description: 'ID of the approval record (the ID that Submit or Get Many returns)',
};

/** `fields=approvables`: each approval embeds the record it is about. */
export const includeRecordsField: INodeProperties = {
	displayName: 'Include Records',
	name: 'includeApprovables',
	type: 'boolean',
	default: false,
	description: 'Whether each approval embeds the time entry or expense item it is about',
	routing: {
		send: { type: 'query', property: 'fields', value: '={{ $value ? "approvables" : undefined }}' },
	},
};
