import type { SandboxRequest, SandboxResponse } from '../server';
import { applyFlavors, readFlavors } from './flavors';
import { read, write, type RouteModule } from './routes';
import { accept, guid, itemResult, notFound, readEnvelope, validation, type Rec, type SmensoState } from './state';

/** A custom field on members, so member updates have a field of their own to set. */
export const MEMBER_FLAVOR_ID = guid('flavor-member-0');

/** 400 for query parameters the endpoint does not take (the spec names `lang` and `timezone`). */
export function unknownQuery(req: SandboxRequest, allowed: string[]): SandboxResponse | undefined {
	const unknown = Object.keys(req.query).filter((key) => !allowed.includes(key));
	if (!unknown.length) return undefined;
	return validation(Object.fromEntries(unknown.map((key) => [key, [`Unknown query parameter '${key}'.`]])));
}

const READ_QUERY = ['lang', 'timezone'];

/** A member by GUID or e-mail address (smenso accepts both in member updates). */
export function findMember(state: SmensoState, ref: unknown): Rec | undefined {
	const text = String(ref ?? '').trim().toLowerCase();
	return state.members.find((m) => String(m.id).toLowerCase() === text || String(m.email).toLowerCase() === text);
}

/** Member settings, absence types and flavor definitions. */
export const settingsRoutes: RouteModule = (state) => {
	state.flavors.push({ id: MEMBER_FLAVOR_ID, title: 'Department', type: 'Text', target: 'Member' });

	return [
		read('GET', '/integration/settings/member/json', (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			// role and active are the sandbox's own (tokens, invitations); smenso documents no such member fields.
			return { status: 200, body: state.members.map(({ role: _role, active: _active, ...m }) => ({ ...m, flavors: (m.flavors as Rec[]) ?? [] })) };
		}),

		write('PUT', '/integration/settings/member/json', (req) => {
			const { error, items } = readEnvelope(req.body, { entity: 'member', fields: ['id', 'flavor'], required: ['id'] });
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

		read('GET', '/integration/flavor/json', (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			// target and values are what the sandbox checks writes against; smenso documents neither.
			return { status: 200, body: state.flavors.map(({ target: _target, values: _values, ...flavor }) => flavor) };
		}),
	];
};
