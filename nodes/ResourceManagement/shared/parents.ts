import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import { idExpression } from '../../shared/descriptions';
import { checkId } from '../../shared/idChecks';

/*
 * Many RM routes hang below a user, a placeholder or a project (`/users/{id}/assignments`,
 * `/projects/{id}/tags`, …). An operation lets the user choose which with a selector whose
 * values are these kinds (Scope, Owner, Assigned To); these helpers build the URL and check
 * the ID of the chosen parent.
 */

export type ParentKind = 'user' | 'placeholder' | 'project';

export const PARENTS: Record<ParentKind, { path: string; param: string; label: string }> = {
	user: { path: '/users', param: 'userId', label: 'User' },
	placeholder: { path: '/placeholder_resources', param: 'placeholderId', label: 'Placeholder' },
	project: { path: '/projects', param: 'projectId', label: 'Project' },
};

const isParentKind = (value: string): value is ParentKind =>
	Object.prototype.hasOwnProperty.call(PARENTS, value);

const pathExpression = (kind: ParentKind) =>
	`"${PARENTS[kind].path}/" + ${idExpression(PARENTS[kind].param)}`;

/**
 * Expression text (for inside `{{ }}`) of the path of the parent chosen in `selector`, e.g.
 * "/users/501"; for any other value the path of `otherwise`, or "" without one.
 */
export function chosenParentPath(
	selector: string,
	kinds: ParentKind[],
	otherwise?: ParentKind,
): string {
	return kinds.reduceRight(
		(rest, kind) => `$parameter.${selector} === "${kind}" ? ${pathExpression(kind)} : ${rest}`,
		otherwise ? pathExpression(otherwise) : '""',
	);
}

/** The checked ID of the parent chosen in `selector`; undefined for a value that is no parent (e.g. all). */
export function chosenParentId(
	ctx: IExecuteSingleFunctions,
	selector: string,
	defaultValue: string,
): string | undefined {
	const kind = ctx.getNodeParameter(selector, defaultValue) as string;
	if (!isParentKind(kind)) return undefined;
	return checkId(ctx, PARENTS[kind].param, PARENTS[kind].label, 'integer');
}

/** preSend: validates the ID of the parent chosen in `selector` (the other pickers are hidden and empty). */
export function checkChosenParent(selector: string, defaultValue: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		chosenParentId(this, selector, defaultValue);
		return options;
	};
}
