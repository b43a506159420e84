import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { requestRunnerField } from '../shared/descriptions';
import { retryRequestOptions } from '../shared/retry';
import { RM_BASE_URL_EXPRESSION } from './shared/baseUrl';
import { loadOptions } from './shared/loadOptions';
import { listSearch } from './shared/methods';
import { runRmRequest } from './shared/transport';
import { absenceDescription } from './resources/absence';
import { approvalDescription } from './resources/approval';
import { assignableDescription } from './resources/assignable';
import { assignmentDescription } from './resources/assignment';
import { billRateDescription } from './resources/billRate';
import { budgetCategoryDescription } from './resources/budgetCategory';
import { budgetItemDescription } from './resources/budgetItem';
import { customFieldDescription } from './resources/customField';
import { customFieldValueDescription } from './resources/customFieldValue';
import { disciplineDescription } from './resources/discipline';
import { expenseItemDescription } from './resources/expenseItem';
import { holidayDescription } from './resources/holiday';
import { leaveTypeDescription } from './resources/leaveType';
import { phaseDescription } from './resources/phase';
import { placeholderDescription } from './resources/placeholder';
import { projectDescription } from './resources/project';
import { projectMemberDescription } from './resources/projectMember';
import { reportDescription } from './resources/report';
import { roleDescription } from './resources/role';
import { statusOptionDescription } from './resources/statusOption';
import { tagDescription } from './resources/tag';
import { taskDescription } from './resources/task';
import { timeEntryDescription } from './resources/timeEntry';
import { userDescription } from './resources/user';
import { userAvailabilityDescription } from './resources/userAvailability';

export class ResourceManagement implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Resource Management by Smartsheet',
		name: 'resourceManagement',
		icon: { light: 'file:resourceManagement.svg', dark: 'file:resourceManagement.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Plan projects, assignments, absences and time in Resource Management by Smartsheet (formerly 10,000ft)',
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
					{ name: 'Assignable (Project or Leave Type)', value: 'assignable' },
					{ name: 'Assignment', value: 'assignment' },
					{ name: 'Bill Rate', value: 'billRate' },
					{ name: 'Budget Category', value: 'budgetCategory' },
					{ name: 'Budget Item', value: 'budgetItem' },
					{ name: 'Custom Field', value: 'customField' },
					{ name: 'Custom Field Value', value: 'customFieldValue' },
					{ name: 'Discipline', value: 'discipline' },
					{ name: 'Expense Item', value: 'expenseItem' },
					{ name: 'Holiday', value: 'holiday' },
					{ name: 'Leave Type', value: 'leaveType' },
					{ name: 'Phase', value: 'phase' },
					{ name: 'Placeholder', value: 'placeholder' },
					{ name: 'Project', value: 'project' },
					{ name: 'Project Member', value: 'projectMember' },
					{ name: 'Report', value: 'report' },
					{ name: 'Role', value: 'role' },
					{ name: 'Status Option', value: 'statusOption' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Task', value: 'task' },
					{ name: 'Time Entry', value: 'timeEntry' },
					{ name: 'User', value: 'user' },
					{ name: 'User Availability', value: 'userAvailability' },
				],
				default: 'project',
			},
			...absenceDescription,
			...approvalDescription,
			...assignableDescription,
			...assignmentDescription,
			...billRateDescription,
			...budgetCategoryDescription,
			...budgetItemDescription,
			...customFieldDescription,
			...customFieldValueDescription,
			...disciplineDescription,
			...expenseItemDescription,
			...holidayDescription,
			...leaveTypeDescription,
			...phaseDescription,
			...placeholderDescription,
			...projectDescription,
			...projectMemberDescription,
			...reportDescription,
			...roleDescription,
			...statusOptionDescription,
			...tagDescription,
			...taskDescription,
			...timeEntryDescription,
			...userDescription,
			...userAvailabilityDescription,
			retryRequestOptions,
		],
	};

	methods = { listSearch, loadOptions };
}
