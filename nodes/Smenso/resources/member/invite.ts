import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { waitOptionsField } from '../../shared/writeFields';

/** Roles smenso's invitation endpoints take; the role decides whether the member or the guest path is used. */
const MEMBER_ROLES = ['admin', 'member', 'restricted-member', 'read-only-member'];
const GUEST_ROLES = ['guest', 'restricted-guest', 'read-only-guest'];
const LOCALES = ['de', 'en'];

const EMAIL = /^[^\s@/,;]+@[^\s@/,;]+\.[^\s@/,;]+$/;

/**
 * preSend: checks the address, role and language before anything is sent, picks the path by
 * the role and builds `{ invites: [{ email, role, locale }] }` (one invitation per item).
 */
async function inviteRequest(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const fail = (message: string, description: string) =>
		inputError(this.getNode(), message, description, this.getItemIndex());
	const email = String(this.getNodeParameter('email', '') ?? '').trim();
	if (!email)
		throw fail(
			"'Email' is empty",
			'Enter the e-mail address of the person to invite, e.g. jane.doe@example.com.',
		);
	if (!EMAIL.test(email)) {
		throw fail(
			`'Email' is not an e-mail address: ${JSON.stringify(email)}`,
			'Enter one address such as jane.doe@example.com; invite several people with one item each.',
		);
	}
	const role = String(this.getNodeParameter('role', 'member') ?? '').trim();
	const guest = GUEST_ROLES.includes(role);
	if (!guest && !MEMBER_ROLES.includes(role)) {
		throw fail(
			`'Role' is not a smenso role: ${JSON.stringify(role)}`,
			`Use one of ${[...MEMBER_ROLES, ...GUEST_ROLES].join(', ')}.`,
		);
	}
	const locale = String(this.getNodeParameter('locale', 'en') ?? '').trim();
	if (!LOCALES.includes(locale)) {
		throw fail(
			`'Language' is not de or en: ${JSON.stringify(locale)}`,
			'Choose English (en) or German (de).',
		);
	}
	options.url = `/api/integration/workspace/invite/${guest ? 'guests' : 'members'}/json`;
	options.body = { invites: [{ email, role, locale }] };
	return options;
}

export const inviteMember: OperationDef = {
	option: {
		name: 'Invite',
		value: 'invite',
		action: 'Invite a member',
		description:
			'Invite a person to the workspace by e-mail as a member or a guest (the role decides which); needs an administrator token',
		routing: {
			request: { method: 'POST', url: '/api/integration/workspace/invite/members/json' },
			send: { preSend: [inviteRequest] },
		},
	},
	fields: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'E-mail address the invitation is sent to; one address per item',
		},
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			default: 'member',
			options: [
				{
					name: 'Admin',
					value: 'admin',
					description: 'Workspace administrator (sent as a member invitation)',
				},
				{ name: 'Guest', value: 'guest', description: 'Guest (sent as a guest invitation)' },
				{ name: 'Member', value: 'member', description: 'Member (sent as a member invitation)' },
				{
					name: 'Read-Only Guest',
					value: 'read-only-guest',
					description: 'Guest who can only read (sent as a guest invitation)',
				},
				{
					name: 'Read-Only Member',
					value: 'read-only-member',
					description: 'Member who can only read (sent as a member invitation)',
				},
				{
					name: 'Restricted Guest',
					value: 'restricted-guest',
					description: 'Guest with restricted rights (sent as a guest invitation)',
				},
				{
					name: 'Restricted Member',
					value: 'restricted-member',
					description: 'Member with restricted rights (sent as a member invitation)',
				},
			],
			description:
				"The invitee's role. Admin, Member, Restricted Member and Read-Only Member are sent as a member invitation, the three guest roles as a guest invitation (smenso has one endpoint for each).",
		},
		{
			displayName: 'Language',
			name: 'locale',
			type: 'options',
			default: 'en',
			options: [
				{ name: 'English', value: 'en' },
				{ name: 'German', value: 'de' },
			],
			description: 'Language of the invitation e-mail (sent as locale)',
		},
		waitOptionsField,
	],
};
