import type { SandboxRequest, SandboxResponse } from '../server';
import { applyFlavors, readFlavors } from './flavors';
import { read, write, type RouteModule } from './routes';
import {
	accept,
	guid,
	itemResult,
	newId,
	notFound,
	readEnvelope,
	validation,
	type Rec,
	type SmensoState,
} from './state';

/** A custom field on members, so member updates have a field of their own to set. */
export const MEMBER_FLAVOR_ID = guid('flavor-member-0');

/** 400 for query parameters the endpoint does not take (the spec names `lang` and `timezone`). */
export function unknownQuery(req: SandboxRequest, allowed: string[]): SandboxResponse | undefined {
	const unknown = Object.keys(req.query).filter((key) => !allowed.includes(key));
	if (!unknown.length) return undefined;
	return validation(
		Object.fromEntries(unknown.map((key) => [key, [`Unknown query parameter '${key}'.`]])),
	);
}

const READ_QUERY = ['lang', 'timezone'];

/** A member by GUID or e-mail address (smenso accepts both in member updates). */
export function findMember(state: SmensoState, ref: unknown): Rec | undefined {
	const text = String(ref ?? '')
		.trim()
		.toLowerCase();
	return state.members.find(
		(m) => String(m.id).toLowerCase() === text || String(m.email).toLowerCase() === text,
	);
}

const ABSENCE_TYPE_FIELDS = [
	'title',
	'type',
	'isApprovalNecessary',
	'includeInHolidaysOverview',
	'yearlyBudget',
	'recommendedApprovers',
];
const EMAIL = /^[^\s@/,;]+@[^\s@/,;]+\.[^\s@/,;]+$/;

/** Value rules for absence-type items (400 before anything is queued). */
function absenceTypeErrors(items: Rec[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		const at = `absenceType[${index}]`;
		if (item.type !== undefined && item.type !== 'limited' && item.type !== 'unlimited') {
			errors[`${at}.type`] = [
				`'${String(item.type)}' is not a valid type. Use limited or unlimited.`,
			];
		}
		for (const key of ['isApprovalNecessary', 'includeInHolidaysOverview']) {
			if (item[key] !== undefined && typeof item[key] !== 'boolean')
				errors[`${at}.${key}`] = [`${key} must be true or false.`];
		}
		const budget = item.yearlyBudget;
		if (
			budget !== undefined &&
			budget !== null &&
			(typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0)
		) {
			errors[`${at}.yearlyBudget`] = ['yearlyBudget must be a number of days of 0 or more.'];
		}
		const approvers = item.recommendedApprovers;
		if (approvers !== undefined && approvers !== null && typeof approvers !== 'string') {
			errors[`${at}.recommendedApprovers`] = [
				'recommendedApprovers must be a text of comma-separated e-mail addresses.',
			];
		}
		if (item.title !== undefined && typeof item.title !== 'string')
			errors[`${at}.title`] = ['title must be a text.'];
	});
	return errors;
}

/** The business rule reported per item: recommended approvers must be members of the workspace. */
function approverProblem(state: SmensoState, approvers: unknown): string | undefined {
	if (typeof approvers !== 'string') return undefined;
	const unknown = approvers
		.split(',')
		.map((email) => email.trim())
		.filter(Boolean)
		.find((email) => !EMAIL.test(email) || !findMember(state, email));
	return unknown === undefined
		? undefined
		: `Recommended approver '${unknown}' is not a member of this workspace.`;
}

/** Roles each invitation path takes. */
const INVITE_ROLES: Record<'members' | 'guests', string[]> = {
	members: ['admin', 'member', 'restricted-member', 'read-only-member'],
	guests: ['guest', 'restricted-guest', 'read-only-guest'],
};

/**
 * `{ invites: [{ email, role, locale }] }` (smenso.md §5.12 [NODE-B]): 400 for an unknown field,
 * a malformed address, a role of the other path or a locale other than de/en; an address that
 * already belongs to a member fails its item.
 */
function invite(state: SmensoState, kind: 'members' | 'guests', body: unknown): SandboxResponse {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return validation({ '': ['A JSON object body is required.'] });
	const errors: Record<string, string[]> = {};
	for (const key of Object.keys(body))
		if (key !== 'invites') errors[key] = [`Unknown field '${key}'.`];
	const list = (body as Rec).invites;
	if (!Array.isArray(list) || list.length === 0) {
		errors.invites = ['The invites field must be a non-empty array.'];
		return validation(errors);
	}
	const items = list.map((raw, index) => {
		const item = { ...(raw as Rec) };
		const at = `invites[${index}]`;
		for (const key of Object.keys(item))
			if (!['email', 'role', 'locale'].includes(key))
				errors[`${at}.${key}`] = [`Unknown field '${key}'.`];
		if (typeof item.email !== 'string' || !EMAIL.test(item.email))
			errors[`${at}.email`] = [`'${String(item.email ?? '')}' is not a valid e-mail address.`];
		if (!INVITE_ROLES[kind].includes(String(item.role))) {
			errors[`${at}.role`] = [
				`'${String(item.role ?? '')}' is not a role for ${kind}. Use ${INVITE_ROLES[kind].join(', ')}.`,
			];
		}
		if (item.locale !== undefined && item.locale !== 'de' && item.locale !== 'en')
			errors[`${at}.locale`] = [`'${String(item.locale)}' is not a locale. Use de or en.`];
		return item;
	});
	if (Object.keys(errors).length) return validation(errors);
	const results = items.map((item) => {
		// No tempId is sent with invitations, so the result carries none.
		const { tempId: _tempId, ...result } = findMember(state, item.email)
			? itemResult(item, null, `${String(item.email)} is already a member of this workspace.`)
			: itemResult(item, null);
		if (result.success)
			state.invites.push({
				id: newId(state, 'invite'),
				kind,
				email: item.email,
				role: item.role,
				locale: item.locale ?? null,
			});
		return result;
	});
	return accept(state, results);
}

/** Deleting a flavor takes its values off every record that has one. */
function dropFlavorValues(state: SmensoState, flavorId: string): void {
	const records = [
		...state.projects.values(),
		...state.tasks.values(),
		...state.timeRecords.values(),
		...state.statusReports.values(),
		...state.members,
	];
	for (const record of records) {
		if (Array.isArray(record.flavors))
			record.flavors = (record.flavors as Rec[]).filter((value) => value.target !== flavorId);
	}
}

/** Member settings, absence types, flavor definitions and invitations. */
export const settingsRoutes: RouteModule = (state) => {
	state.flavors.push({ id: MEMBER_FLAVOR_ID, title: 'Department', type: 'Text', target: 'Member' });

	return [
		read('GET', '/integration/settings/member/json', (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			// role and active are the sandbox's own (tokens, invitations); smenso documents no such member fields.
			return {
				status: 200,
				body: state.members.map(({ role: _role, active: _active, ...m }) => ({
					...m,
					flavors: (m.flavors as Rec[]) ?? [],
				})),
			};
		}),

		write('PUT', '/integration/settings/member/json', (req) => {
			const { error, items } = readEnvelope(req.body, {
				entity: 'member',
				fields: ['id', 'flavor'],
				required: ['id'],
			});
			if (error) return error;
			const results = items.map((item) => {
				const member = findMember(state, item.id);
				if (!member) return itemResult(item, null, `Member ${String(item.id)} was not found.`);
				const { values, error: flavorError } = readFlavors(state, item.flavor);
				if (flavorError) return itemResult(item, String(member.id), flavorError);
				applyFlavors(member, values);
				return itemResult(item, String(member.id));
			});
			return accept(state, results);
		}),

		// The list path is plural, the single-record path singular (as the spec notes).
		read('GET', '/integration/settings/absencetypes/json', (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			return { status: 200, body: [...state.absenceTypes.values()] };
		}),

		read('GET', '/integration/settings/absencetype/json/:id', (req, { id }) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			const type = state.absenceTypes.get(id);
			return type ? { status: 200, body: type } : notFound('Absence type');
		}),

		write('POST', '/integration/settings/absencetype/json', (req) => {
			const { error, items } = readEnvelope(req.body, {
				entity: 'absenceType',
				fields: ABSENCE_TYPE_FIELDS,
				required: ['title'],
			});
			if (error) return error;
			const errors = absenceTypeErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const problem = approverProblem(state, item.recommendedApprovers);
				if (problem) return itemResult(item, null, problem);
				const id = newId(state, 'absence-type');
				// Unset fields get the defaults smenso's own node sends (unlimited, no approval, in the overview).
				state.absenceTypes.set(id, {
					id,
					title: item.title,
					type: item.type ?? 'unlimited',
					isApprovalNecessary: item.isApprovalNecessary ?? false,
					includeInHolidaysOverview: item.includeInHolidaysOverview ?? true,
					yearlyBudget: item.yearlyBudget ?? null,
					recommendedApprovers: item.recommendedApprovers ?? null,
					externalId: item.externalId ?? null,
				});
				return itemResult(item, id);
			});
			return accept(state, results);
		}),

		write('PUT', '/integration/settings/absencetype/json', (req) => {
			const { error, items } = readEnvelope(req.body, {
				entity: 'absenceType',
				fields: [...ABSENCE_TYPE_FIELDS, 'id', 'useExternalId'],
				required: ['id'],
			});
			if (error) return error;
			const errors = absenceTypeErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const current = item.useExternalId
					? [...state.absenceTypes.values()].find(
							(t) =>
								t.externalId !== undefined && t.externalId !== null && t.externalId === item.id,
						)
					: state.absenceTypes.get(String(item.id));
				if (!current)
					return itemResult(item, null, `Absence type ${String(item.id)} was not found.`);
				const problem = approverProblem(state, item.recommendedApprovers);
				if (problem) return itemResult(item, String(current.id), problem);
				const { tempId: _t, id: _i, useExternalId: _u, ...changes } = item;
				state.absenceTypes.set(String(current.id), { ...current, ...changes });
				return itemResult(item, String(current.id));
			});
			return accept(state, results);
		}),

		write('DELETE', '/integration/settings/absencetype/json/:id', (_req, { id }) => {
			if (!state.absenceTypes.delete(id)) return notFound('Absence type');
			return accept(state, [itemResult({}, id)]);
		}),

		write('POST', '/integration/workspace/invite/members/json', (req) =>
			invite(state, 'members', req.body),
		),
		write('POST', '/integration/workspace/invite/guests/json', (req) =>
			invite(state, 'guests', req.body),
		),

		write('DELETE', '/integration/flavor/json/:id', (_req, { id }) => {
			const index = state.flavors.findIndex(
				(flavor) => String(flavor.id).toLowerCase() === id.toLowerCase(),
			);
			if (index < 0) return notFound('Flavor');
			const [flavor] = state.flavors.splice(index, 1);
			dropFlavorValues(state, String(flavor.id));
			return accept(state, [itemResult({}, String(flavor.id))]);
		}),

		read('GET', '/integration/flavor/json', (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			// target and values are what the sandbox checks writes against; smenso documents neither.
			return {
				status: 200,
				body: state.flavors.map(({ target: _target, values: _values, ...flavor }) => flavor),
			};
		}),
	];
};
