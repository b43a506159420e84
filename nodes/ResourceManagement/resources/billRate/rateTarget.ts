import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { collectionDates, sendDates } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/idChecks';
import { bodyOf } from '../../../shared/inputChecks';
import { integerId } from '../../shared/ids';
import { placeholderLocator, rmLocator, userLocator } from '../../shared/locators';

/*
 * The target of a bill rate: whom it applies to (a user, a placeholder, a role or a discipline)
 * and when. Create and Update show the same fields in their collections and send them alike.
 */

/** Whom a rate applies to and when: the writable fields besides the rate, sorted by name. */
export const rateTargetFields: INodeProperties[] = [
	{
		...rmLocator(
			'Discipline',
			'discipline_id',
			'searchDisciplines',
			'A rate for the people of this discipline (not with a user or placeholder)',
		),
		required: false,
	},
	{
		displayName: 'End Date',
		name: 'ends_at',
		type: 'dateTime',
		default: '',
		description: 'Last day the rate applies (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		...placeholderLocator(
			'A rate for this placeholder (sent as its user_id; not with a role or discipline)',
		),
		name: 'placeholder_id',
		required: false,
	},
	{
		...rmLocator(
			'Role',
			'role_id',
			'searchRoles',
			'A rate for the people of this role (not with a user or placeholder)',
		),
		required: false,
	},
	{
		displayName: 'Start Date',
		name: 'starts_at',
		type: 'dateTime',
		default: '',
		description:
			"First day the rate applies; a dated rate of a user wins over the user's undated rate for work starting in its window (sent as YYYY-MM-DD)",
	},
	{
		...userLocator('A rate for this person only (not with a role or discipline)'),
		name: 'user_id',
		required: false,
	},
];

/** The ID fields of a target, in the order they are checked, with their labels. */
const TARGET_LABELS: Record<string, string> = {
	user_id: 'User',
	placeholder_id: 'Placeholder',
	role_id: 'Role',
	discipline_id: 'Discipline',
};

/** The target IDs set in the collection, each checked to be a filled-in integer ID. */
function targetIds(ctx: IExecuteSingleFunctions, collection: string): Record<string, number> {
	const ids: Record<string, number> = {};
	for (const [key, label] of Object.entries(TARGET_LABELS)) {
		const param = `${collection}.${key}`;
		if (ctx.getNodeParameter(param, null) === null) continue;
		if (!idValue(ctx, param)) {
			throw inputError(
				ctx.getNode(),
				`'${label}' is empty`,
				`Pick the ${label.toLowerCase()} from the list or enter its ID, or remove the '${label}' field.`,
				ctx.getItemIndex(),
			);
		}
		ids[key] = integerId(ctx, param, label);
	}
	return ids;
}

/** RM's rule: one person at most (a user or a placeholder), and no role or discipline with a person. */
function checkTargetCombination(ctx: IExecuteSingleFunctions, ids: Record<string, number>): void {
	if (ids.user_id !== undefined && ids.placeholder_id !== undefined) {
		throw inputError(
			ctx.getNode(),
			"A bill rate cannot have both a 'User' and a 'Placeholder'",
			'A rate applies to one person: remove one of the two fields.',
			ctx.getItemIndex(),
		);
	}
	const person =
		ids.user_id !== undefined
			? 'User'
			: ids.placeholder_id !== undefined
				? 'Placeholder'
				: undefined;
	const group =
		ids.role_id !== undefined ? 'Role' : ids.discipline_id !== undefined ? 'Discipline' : undefined;
	if (person && group) {
		throw inputError(
			ctx.getNode(),
			`A bill rate for one person cannot also have a '${group}'`,
			`Resource Management does not allow a role or discipline on the rate of a user or placeholder: remove '${group}', or remove '${person}' to set the rate of everyone with that ${group.toLowerCase()}.`,
			ctx.getItemIndex(),
		);
	}
}

/**
 * preSend: the target fields of a collection as IDs, checked before sending: one person at most
 * (a user or a placeholder), and no role or discipline with a person (RM's rule); the dates as
 * YYYY-MM-DD, the end not before the start.
 */
export function sendRateTarget(collection: string): PreSendAction[] {
	const target: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
		const body = bodyOf(options);
		const ids = targetIds(this, collection);
		checkTargetCombination(this, ids);
		// A placeholder's rate is sent as its user_id.
		const userId = ids.user_id ?? ids.placeholder_id;
		if (userId !== undefined) body.user_id = userId;
		if (ids.role_id !== undefined) body.role_id = ids.role_id;
		if (ids.discipline_id !== undefined) body.discipline_id = ids.discipline_id;
		return options;
	};
	return [
		target,
		sendDates({
			body: collectionDates(collection, { starts_at: 'Start Date', ends_at: 'End Date' }),
			order: ['starts_at', 'ends_at'],
		}),
	];
}
