import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { checkId } from '../../../shared/idChecks';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';

/** preSend: smenso takes the predecessors as a bare JSON array of { taskId, type, lag }. */
async function dependencyList(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	checkId(this, 'taskId', 'Task', 'guid');
	const entries = this.getNodeParameter('predecessors.predecessor', []) as IDataObject[];
	if (!entries.length) {
		throw inputError(
			this.getNode(),
			'No predecessor given',
			"Add at least one entry under 'Predecessors'.",
			this.getItemIndex(),
		);
	}
	options.body = entries.map((entry, index) => {
		const label = `Predecessor ${index + 1}`;
		const taskId = checkId(
			this,
			`predecessors.predecessor[${index}].taskId`,
			`${label}: Task ID`,
			'guid',
		);
		const lag = Number(entry.lag ?? 0);
		if (!Number.isInteger(lag)) {
			throw inputError(
				this.getNode(),
				`'${label}: Lag' must be a whole number: ${JSON.stringify(entry.lag)}`,
				'Enter the lag as a whole number, e.g. 2 or -1.',
				this.getItemIndex(),
			);
		}
		return { taskId, type: String(entry.type ?? 'FS'), lag };
	});
	return options;
}

export const addTaskDependencies: OperationDef = {
	option: {
		name: 'Add Dependencies',
		value: 'addDependencies',
		action: 'Add dependencies to a task',
		description: 'Link predecessor tasks to a task, or change the type or lag of existing links',
		routing: {
			request: {
				method: 'PATCH',
				url: `=/api/integration/task/json/${urlId('taskId')}/dependencies`,
			},
			send: { preSend: [dependencyList] },
		},
	},
	fields: [
		{ ...projectLocator('Only used to list the tasks to pick from'), required: false },
		taskLocator('The task that depends on the predecessors (the successor)'),
		{
			displayName: 'Predecessors',
			name: 'predecessors',
			type: 'fixedCollection',
			placeholder: 'Add Predecessor',
			default: {},
			typeOptions: { multipleValues: true },
			description: 'Tasks of the same project that this task depends on',
			options: [
				{
					displayName: 'Predecessor',
					name: 'predecessor',
					values: [
						{
							displayName: 'Lag',
							name: 'lag',
							type: 'number',
							default: 0,
							description:
								'Offset between the two linked dates as a whole number; negative values overlap the tasks. smenso does not document the unit (most likely days).',
						},
						{
							displayName: 'Task ID',
							name: 'taskId',
							type: 'string',
							default: '',
							placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
							description: 'GUID of the predecessor task',
						},
						{
							displayName: 'Type',
							name: 'type',
							description:
								'How the two tasks are linked: finish-to-start (FS) is the usual "B starts when A is done"',
							type: 'options',
							default: 'FS',
							options: [
								{
									name: 'Finish to Finish',
									value: 'FF',
									description: 'This task finishes when the predecessor finishes',
								},
								{
									name: 'Finish to Start',
									value: 'FS',
									description: 'This task starts when the predecessor finishes',
								},
								{
									name: 'Start to Finish',
									value: 'SF',
									description: 'This task finishes when the predecessor starts',
								},
								{
									name: 'Start to Start',
									value: 'SS',
									description: 'This task starts when the predecessor starts',
								},
							],
						},
					],
				},
			],
		},
		writeOptionsField,
	],
};
