import type { INodeProperties } from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';
import { sortField } from '../../shared/listFields';
import { staffingFields } from '../../shared/staffingFields';
import { byDisplayName, urlId } from '../../../shared/descriptions';

export const userUrl = `=/users/${urlId('userId')}`;

export const userId = { name: 'userId', label: 'User', kind: 'integer' as const };

export const firstNameField: INodeProperties = {
	displayName: 'First Name',
	name: 'first_name',
	description: "The person's first name",
	type: 'string',
	default: '',
	routing: { send: { type: 'body', property: 'first_name' } },
};

export const lastNameField: INodeProperties = {
	displayName: 'Last Name',
	name: 'last_name',
	description: "The person's last name",
	type: 'string',
	default: '',
	routing: { send: { type: 'body', property: 'last_name' } },
};

/** Writable user fields besides the names, shared by Create (additional fields) and Update. */
export const userFields: INodeProperties[] = byDisplayName([
	...staffingFields({ discipline: 'Engineering', role: 'Senior Consultant' }),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email address; Resource Management invites the person to sign in with it',
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Employee Number',
		name: 'employee_number',
		type: 'string',
		default: '',
		description: 'Your own identifier for the person, e.g. from the HR system',
		routing: { send: { type: 'body', property: 'employee_number' } },
	},
	{
		displayName: 'Hire Date',
		name: 'hire_date',
		type: 'dateTime',
		default: '',
		description: 'First working day (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		displayName: 'License Type',
		name: 'license_type',
		description: 'Licensed users can log in and record time; managed resources are scheduled only',
		type: 'options',
		default: 'licensed',
		options: [
			{ name: 'Licensed', value: 'licensed', description: 'Can sign in and uses a license' },
			{
				name: 'Managed Resource',
				value: 'managed_resource',
				description: 'Is scheduled by others and cannot sign in',
			},
		],
		routing: { send: { type: 'body', property: 'license_type' } },
	},
	{
		displayName: 'Mobile Phone',
		name: 'mobile_phone',
		description: 'Mobile phone number, as free text',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'mobile_phone' } },
	},
	{
		displayName: 'Office Phone',
		name: 'office_phone',
		description: 'Office phone number, as free text',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'office_phone' } },
	},
	{
		displayName: 'Permission Level',
		name: 'user_type_id',
		type: 'options',
		default: 3,
		description:
			'What the person may do in Resource Management. Resourcing Administrator cannot be given through the API.',
		options: [
			{ name: 'Contractor', value: 5 },
			{ name: 'None', value: 0 },
			{ name: 'People Scheduler', value: 7 },
			{ name: 'Portfolio Editor', value: 2 },
			{ name: 'Portfolio Reporter', value: 3 },
			{ name: 'Portfolio Viewer', value: 4 },
			{ name: 'Project Editor', value: 8 },
		],
		routing: { send: { type: 'body', property: 'user_type_id' } },
	},
	{
		displayName: 'Termination Date',
		name: 'termination_date',
		type: 'dateTime',
		default: '',
		description: 'Last working day (sent as YYYY-MM-DD in the workflow time zone)',
	},
]);

/** Date fields of a user collection, converted to YYYY-MM-DD. */
export const userDates = (collection: string) =>
	collectionDates(collection, { hire_date: 'Hire Date', termination_date: 'Termination Date' });

export const USER_SIMPLE_KEYS = [
	'id',
	'type',
	'first_name',
	'last_name',
	'display_name',
	'title',
	'email',
	'role',
	'discipline',
	'location',
	'user_type_id',
	'license_type',
	'employee_number',
	'hire_date',
	'termination_date',
	'archived',
];

/** Nested collections a user can embed (`fields=`). */
export const userEmbedField: INodeProperties = {
	displayName: 'Include',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	description: 'Extra data to embed in each user',
	options: [
		{ name: 'Approvers', value: 'approvers' },
		{ name: 'Assignments', value: 'assignments' },
		{ name: 'Availabilities', value: 'availabilities' },
		{ name: 'Custom Field Values', value: 'custom_field_values' },
		{ name: 'Tags', value: 'tags' },
	],
	routing: {
		send: {
			type: 'query',
			property: 'fields',
			value: '={{ $value.length ? $value.join(",") : undefined }}',
		},
	},
};

/** Filters every user list takes (`GET /users`, `GET /projects/{id}/users`). */
export const userListFilters: INodeProperties[] = [
	{
		displayName: 'Include Archived',
		name: 'with_archived',
		type: 'boolean',
		default: false,
		description: 'Whether archived users are listed too',
		routing: { send: { type: 'query', property: 'with_archived' } },
	},
	{
		displayName: 'Include Placeholders',
		name: 'include_placeholders',
		type: 'boolean',
		default: false,
		description:
			'Whether placeholder resources are listed too (their "type" is PlaceholderResource)',
		routing: { send: { type: 'query', property: 'include_placeholders' } },
	},
];

/** Sort orders of the user lists. */
export const userSortField = sortField([
	{ name: 'Created', value: 'created' },
	{ name: 'First Name', value: 'first_name' },
	{ name: 'Hire Date', value: 'hire_date' },
	{ name: 'Last Name', value: 'last_name' },
	{ name: 'Termination Date', value: 'termination_date' },
	{ name: 'Updated', value: 'updated' },
]);
