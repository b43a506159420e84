import type { INodeProperties } from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';

/** Project fields shared by Create (as additional fields) and Update. */
export const projectFields: INodeProperties[] = [
	{
		displayName: 'Benefit',
		name: 'benefit',
		type: 'string',
		default: '',
		description: 'Expected benefit of the project',
		routing: { send: { type: 'body', property: 'benefit' } },
	},
	{
		displayName: 'Block Time Recording',
		name: 'blockTimeRecording',
		type: 'boolean',
		default: false,
		description: 'Whether members may no longer record time on this project',
		routing: { send: { type: 'body', property: 'blockTimeRecording' } },
	},
	{
		displayName: 'Budget',
		name: 'budget',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Project budget in the project currency',
		routing: { send: { type: 'body', property: 'budget' } },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		description: 'Currency of the budget and the hourly rates',
		type: 'options',
		default: 'EUR',
		options: [
			{ name: 'AUD', value: 'AUD' },
			{ name: 'CAD', value: 'CAD' },
			{ name: 'CHF', value: 'CHF' },
			{ name: 'EUR', value: 'EUR' },
			{ name: 'GBP', value: 'GBP' },
			{ name: 'USD', value: 'USD' },
		],
		routing: { send: { type: 'body', property: 'currency' } },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Project description; simple HTML (p, br, ul, li, a, b, h1–h5) is kept',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'Last day of the project (only the date is sent, in the workflow time zone)',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of this project in another system, for matching records later',
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	{
		displayName: 'Goal',
		name: 'goal',
		type: 'string',
		default: '',
		description: 'Project goal',
		routing: { send: { type: 'body', property: 'goal' } },
	},
	{
		displayName: 'Hourly Rate',
		name: 'hourlyRate',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Default hourly rate for time recorded on the project',
		routing: { send: { type: 'body', property: 'hourlyRate' } },
	},
	{
		displayName: 'Location ID',
		name: 'locationId',
		type: 'number',
		default: 0,
		description: 'Numeric ID of the location (workspace master data)',
		routing: { send: { type: 'body', property: 'locationId' } },
	},
	{
		displayName: 'Project Manager',
		name: 'projectManager',
		type: 'string',
		default: '',
		placeholder: 'e.g. jane.doe@example.com',
		description: 'The project manager, as e-mail address or user GUID',
		routing: { send: { type: 'body', property: 'projectManager' } },
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'First day of the project (only the date is sent, in the workflow time zone)',
	},
	{
		displayName: 'Status ID',
		name: 'statusId',
		type: 'number',
		default: 1,
		description: 'Numeric project status ID (workspace master data)',
		routing: { send: { type: 'body', property: 'statusId' } },
	},
	{
		displayName: 'Use Personal Hourly Rates',
		name: 'usePersonalHourlyRates',
		type: 'boolean',
		default: false,
		description:
			"Whether time is valued with each member's personal rate instead of the project rate",
		routing: { send: { type: 'body', property: 'usePersonalHourlyRates' } },
	},
];

/** The fields Update adds on top: the three that Create requires. */
export const projectCoreFields: INodeProperties[] = [
	{
		displayName: 'Project Folder ID',
		name: 'phaseId',
		type: 'number',
		default: 0,
		description: "Numeric ID of the project folder (smenso's phaseId, workspace master data)",
		routing: { send: { type: 'body', property: 'phaseId' } },
	},
	{
		displayName: 'Project Type ID',
		name: 'typeId',
		type: 'number',
		default: 0,
		description: 'Numeric ID of the project type (workspace master data)',
		routing: { send: { type: 'body', property: 'typeId' } },
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		description: 'Project name',
		routing: { send: { type: 'body', property: 'title' } },
	},
];

/** Keys kept by Simplify. */
export const PROJECT_SIMPLE_KEYS = [
	'id',
	'title',
	'phaseId',
	'typeId',
	'statusId',
	'startDate',
	'endDate',
	'archived',
	'projectManager',
	'externalId',
];

/** Date fields of a project collection, converted to yyyy-MM-dd. */
export const projectDates = (collection: string) =>
	collectionDates(collection, { startDate: 'Start Date', endDate: 'End Date' });
