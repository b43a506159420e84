import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idList, requireIds } from '../../../shared/idChecks';
import { bodyOf } from '../../../shared/inputChecks';

/*
 * Project membership: which users may see or change a project, and at which access level. RM
 * documents no answer for its writes, so Add or Update, Replace All and Remove return what was
 * sent (project, users, level) once RM accepted it, whatever RM's answer holds.
 */

export const membersUrl = `=/projects/${urlId('projectId')}/project_members`;

export const PROJECT_ID = requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }]);

const LEVELS: INodePropertyOptions[] = [
	{ name: 'Editor', value: 'editor' },
	{ name: 'Reporter', value: 'reporter' },
	{ name: 'Scheduler', value: 'scheduler' },
	{ name: 'Viewer', value: 'viewer' },
];

/** The level a write gives (RM's `member` is a read filter only). */
export const accessLevelField: INodeProperties = {
	displayName: 'Access Level',
	name: 'accessLevel',
	type: 'options',
	required: true,
	default: 'viewer',
	description:
		'Access level every listed user gets on the project; users who are members already get this level instead',
	options: LEVELS,
};

/** The level lists filter by, sent as `membership`. */
export const accessLevelFilterField: INodeProperties = {
	displayName: 'Access Level',
	name: 'membership',
	type: 'options',
	default: 'member',
	description: 'Only memberships with this access level; Any Level lists every member',
	options: [
		{ name: 'Any Level', value: 'member', description: 'Members with any access level' },
		...LEVELS,
	],
	routing: { send: { type: 'query', property: 'membership' } },
};

export const userIdsField: INodeProperties = {
	displayName: 'User Names or IDs',
	name: 'userIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getUsers' },
	required: true,
	default: [],
	description:
		'The users (people, not placeholders); an expression may return a list of IDs or text such as 501, 502. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The chosen users as numbers, each once; at least one. */
function chosenUsers(ctx: IExecuteSingleFunctions): number[] {
	const ids = idList(ctx, 'userIds', 'Users', 'integer');
	if (!ids.length) {
		throw inputError(
			ctx.getNode(),
			"'Users' is empty",
			'Choose at least one user from the list, or map user IDs such as 501, 502 with an expression.',
			ctx.getItemIndex(),
		);
	}
	return [...new Set(ids.map(Number))];
}

/** preSend: `{relationships: [[user_id, level], …]}`, one level for every chosen user. */
export const sendRelationships: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const level = this.getNodeParameter('accessLevel', 'viewer') as string;
	bodyOf(options).relationships = chosenUsers(this).map((id) => [id, level]);
	return options;
};

/** preSend: `{user_ids: [...]}`. */
export const sendUserIds: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	bodyOf(options).user_ids = chosenUsers(this);
	return options;
};

/**
 * postReceive: one item saying what was done, built from the request (RM's answer to these
 * writes is undocumented): `{projectId, userIds, membership?, success: true}`.
 */
export function membershipResult(withLevel: boolean): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		const json: IDataObject = {
			projectId: Number(this.getNodeParameter('projectId', '', { extractValue: true })),
			userIds: chosenUsers(this),
		};
		if (withLevel) json.membership = this.getNodeParameter('accessLevel', 'viewer') as string;
		json.success = true;
		return [{ json }];
	};
}
