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
import { bodyOf, idList } from '../../../shared/hooks';
import { rmGet } from '../../shared/requests';

/*
 * Submitting and approving send each time entry with the updated_at it has now: RM only
 * processes entries whose updated_at matches (optimistic locking). The node looks the value
 * up right before sending, so the user only gives IDs. (Mapping updated_at from an earlier
 * node would let a stale value skip an entry silently; entries changed between the look-up and
 * the submit are still skipped by RM and reported as an error below.)
 */

export const timeEntryIdsField: INodeProperties = {
	displayName: 'Time Entry IDs',
	name: 'timeEntryIds',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 26107271550, 26107271551',
	description:
		'IDs of the time entries, separated by commas, or an expression returning a list of IDs. Their current updated_at is looked up before sending.',
};

/** The entered IDs (text separated by commas or spaces, or a list from an expression), checked. */
export function timeEntryIds(ctx: IExecuteSingleFunctions): number[] {
	const ids = idList(ctx, 'timeEntryIds', 'Time Entry IDs', 'integer');
	if (!ids.length) {
		throw inputError(
			ctx.getNode(),
			"'Time Entry IDs' is empty",
			'Enter at least one time entry ID, e.g. 26107271550, or map the ID field of an earlier node.',
			ctx.getItemIndex(),
		);
	}
	return [...new Set(ids.map(Number))];
}

/** preSend: `{status, approvables: [{id, type: 'TimeEntry', updated_at}]}` with each entry's current updated_at. */
export function sendApprovables(status: 'pending' | 'approved'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const ids = timeEntryIds(this);
		const approvables: IDataObject[] = [];
		// One look-up at a time: RM's rate limit is per account and low.
		for (const id of ids) {
			const { body } = await rmGet(this, { baseURL: options.baseURL, url: `/time_entries/${id}` });
			const entry = (body ?? {}) as IDataObject;
			if (typeof entry.updated_at !== 'string' || !entry.updated_at) {
				throw new NodeOperationError(this.getNode(), `Time entry ${id} has no updated_at`, {
					description: 'Resource Management returned the entry without the timestamp an approval needs.',
					itemIndex: this.getItemIndex(),
				});
			}
			approvables.push({ id, type: 'TimeEntry', updated_at: entry.updated_at });
		}
		Object.assign(bodyOf(options), { status, approvables });
		return options;
	};
}

/**
 * postReceive: RM answers with the approval records it created or changed and silently skips
 * the rest (changed in between, already submitted or approved). A skipped entry is an error.
 */
export function requireAllProcessed(verb: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		const wanted = timeEntryIds(this);
		const done = new Set(
			items
				.filter((item) => item.json.approvable_type === 'TimeEntry')
				.map((item) => Number(item.json.approvable_id)),
		);
		const skipped = wanted.filter((id) => !done.has(id));
		if (skipped.length) {
			const processed = wanted.filter((id) => done.has(id));
			throw new NodeOperationError(
				this.getNode(),
				`${skipped.length} of ${wanted.length} time entries were not ${verb}: ${skipped.join(', ')}`,
				{
					description: `Resource Management skips entries that changed after their updated_at was read, and entries that are already submitted or approved (or cannot be). ${processed.length ? `These were ${verb}: ${processed.join(', ')}.` : 'None was processed.'} Check the entries with Time Entry → Get (Include Approvals in Get Many) and run again for the skipped ones.`,
					itemIndex: this.getItemIndex(),
				},
			);
		}
		return items;
	};
}
