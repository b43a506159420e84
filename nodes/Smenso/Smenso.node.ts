import {
	NodeConnectionTypes,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { requestRunnerField } from '../shared/descriptions';
import { retryRequestOptions } from '../shared/retry';
import { SMENSO_BASE_URL_EXPRESSION } from './shared/baseUrl';
import { loadOptions } from './shared/loadOptions';
import { listSearch } from './shared/methods';
import { registerForBulk, wrapPreSends } from './shared/bulk';
import { runSmensoRequest } from './shared/transport';
import { absenceDescription } from './resources/absence';
import { absenceTypeDescription } from './resources/absenceType';
import { attachmentDescription } from './resources/attachment';
import { commentDescription } from './resources/comment';
import { flavorDescription } from './resources/flavor';
import { memberDescription } from './resources/member';
import { permissionDescription } from './resources/permission';
import { phaseDescription } from './resources/phase';
import { projectDescription } from './resources/project';
import { reportDescription } from './resources/report';
import { statusReportDescription } from './resources/statusReport';
import { taskDescription } from './resources/task';
import { ticketDescription } from './resources/ticket';
import { timeEntryDescription } from './resources/timeEntry';
import { timeZoneDescription } from './resources/timeZone';
import { workingTimeDescription } from './resources/workingTime';

const properties: INodeProperties[] = [
	// Its preSend runs first for every item, while n8n builds the requests (see shared/bulk.ts).
	{ ...requestRunnerField, routing: { send: { paginate: true, preSend: [registerForBulk] } } },
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Absence', value: 'absence' },
			{ name: 'Absence Type', value: 'absenceType' },
			{ name: 'Attachment', value: 'attachment' },
			{ name: 'Comment', value: 'comment' },
			{ name: 'Flavor (Custom Field)', value: 'flavor' },
			{ name: 'Member', value: 'member' },
			{ name: 'Permission', value: 'permission' },
			{ name: 'Phase', value: 'phase' },
			{ name: 'Project', value: 'project' },
			{ name: 'Report', value: 'report' },
			{ name: 'Status Report', value: 'statusReport' },
			{ name: 'Task', value: 'task' },
			{ name: 'Ticket', value: 'ticket' },
			{ name: 'Time Entry', value: 'timeEntry' },
			{ name: 'Time Zone', value: 'timeZone' },
			{ name: 'Working Time', value: 'workingTime' },
		],
		default: 'project',
	},
	...absenceDescription,
	...absenceTypeDescription,
	...attachmentDescription,
	...commentDescription,
	...flavorDescription,
	...memberDescription,
	...permissionDescription,
	...phaseDescription,
	...projectDescription,
	...reportDescription,
	...statusReportDescription,
	...taskDescription,
	...ticketDescription,
	...timeEntryDescription,
	...timeZoneDescription,
	...workingTimeDescription,
	retryRequestOptions,
];
// A check that fails in any preSend drops its item from a bulk write (see shared/bulk.ts).
wrapPreSends(properties);

export class Smenso implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'smenso',
		name: 'smenso',
		icon: { light: 'file:smenso.svg', dark: 'file:smenso.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage smenso projects, tasks, absences, time records and reports',
		defaults: { name: 'smenso' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smensoIntegrationApi', required: true }],
		requestDefaults: {
			baseURL: SMENSO_BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through runSmensoRequest (see requestRunnerField).
		requestOperations: { pagination: runSmensoRequest },
		properties,
	};

	methods = { listSearch, loadOptions };
}
