import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { requestRunnerField } from '../shared/descriptions';
import { retryRequestOptions } from '../shared/retry';
import { RM_BASE_URL_EXPRESSION } from './shared/baseUrl';
import { loadOptions } from './shared/loadOptions';
import { listSearch } from './shared/methods';
import { runRmRequest } from './shared/transport';
import { absenceDescription } from './resources/absence';
import { approvalDescription } from './resources/approval';
import { assignmentDescription } from './resources/assignment';
import { customFieldValueDescription } from './resources/customFieldValue';
import { disciplineDescription } from './resources/discipline';
import { holidayDescription } from './resources/holiday';
import { leaveTypeDescription } from './resources/leaveType';
import { phaseDescription } from './resources/phase';
import { placeholderDescription } from './resources/placeholder';
import { projectDescription } from './resources/project';
import { reportDescription } from './resources/report';
import { roleDescription } from './resources/role';
import { statusOptionDescription } from './resources/statusOption';
import { tagDescription } from './resources/tag';
import { taskDescription } from './resources/task';
import { timeEntryDescription } from './resources/timeEntry';
import { userDescription } from './resources/user';

export class ResourceManagement implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Resource Management by Smartsheet',
		name: 'resourceManagement',
		icon: { light: 'file:resourceManagement.svg', dark: 'file:resourceManagement.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Plan projects, assignments, absences and time in Resource Management by Smartsheet (formerly 10,000ft)',
		defaults: { name: 'Resource Management' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smartsheetResourceManagementApi', required: true }],
		requestDefaults: {
			baseURL: RM_BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through runRmRequest (see requestRunnerField).
		requestOperations: { pagination: runRmRequest },
		properties: [
			requestRunnerField,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Absence', value: 'absence' },
					{ name: 'Approval', value: 'approval' },
					{ name: 'Assignment', value: 'assignment' },
					{ name: 'Custom Field Value', value: 'customFieldValue' },
					{ name: 'Discipline', value: 'discipline' },
					{ name: 'Holiday', value: 'holiday' },
					{ name: 'Leave Type', value: 'leaveType' },
					{ name: 'Phase', value: 'phase' },
					{ name: 'Placeholder', value: 'placeholder' },
					{ name: 'Project', value: 'project' },
					{ name: 'Report', value: 'report' },
					{ name: 'Role', value: 'role' },
					{ name: 'Status Option', value: 'statusOption' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Task', value: 'task' },
					{ name: 'Time Entry', value: 'timeEntry' },
					{ name: 'User', value: 'user' },
				],
				default: 'project',
			},
			...absenceDescription,
			...approvalDescription,
			...assignmentDescription,
			...customFieldValueDescription,
			...disciplineDescription,
			...holidayDescription,
			...leaveTypeDescription,
			...phaseDescription,
			...placeholderDescription,
			...projectDescription,
			...reportDescription,
			...roleDescription,
			...statusOptionDescription,
			...tagDescription,
			...taskDescription,
			...timeEntryDescription,
			...userDescription,
			retryRequestOptions,
		],
	};

	methods = { listSearch, loadOptions };
}
