import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { bodyOf } from '../../shared/inputChecks';
import { integerId } from './ids';
import { leaveTypeLocator, phaseLocator, projectLocator } from './locators';

/*
 * What a record is scheduled or logged on (`assignable_id`): a project, a phase or a leave
 * type. Used by assignments and time entries.
 */

/** The "Assign On" / "Log Time On" selector and the pickers it shows. */
export function assignableFields(displayName: string, description: string): INodeProperties[] {
	return [
		{
			displayName,
			name: 'assignOn',
			type: 'options',
			noDataExpression: true,
			default: 'project',
			description,
			options: [
				{ name: 'Leave Type', value: 'leaveType', description: 'Absence such as Vacation or Sick' },
				{ name: 'Phase', value: 'phase', description: 'A phase of a project' },
				{ name: 'Project', value: 'project' },
			],
		},
		{
			...projectLocator('The project (for a phase: the project the phase belongs to)'),
			displayOptions: { show: { assignOn: ['project', 'phase'] } },
		},
		{ ...phaseLocator(), displayOptions: { show: { assignOn: ['phase'] } } },
		{ ...leaveTypeLocator(), displayOptions: { show: { assignOn: ['leaveType'] } } },
	];
}

/** preSend: validates the chosen project, phase or leave type and sends it as `assignable_id`. */
export const sendAssignable: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const on = this.getNodeParameter('assignOn', 'project') as string;
	const body = bodyOf(options);
	if (on === 'leaveType') body.assignable_id = integerId(this, 'leaveTypeId', 'Leave Type');
	else if (on === 'phase') {
		integerId(this, 'projectId', 'Project');
		body.assignable_id = integerId(this, 'phaseId', 'Phase');
	} else body.assignable_id = integerId(this, 'projectId', 'Project');
	return options;
};
