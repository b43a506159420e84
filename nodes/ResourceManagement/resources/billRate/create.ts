import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { bodyOf } from '../../../shared/inputChecks';
import { sendAmount } from '../../shared/amounts';
import { integerId } from '../../shared/ids';
import {
	billRateRouting,
	checkRateOwner,
	rateField,
	rateOwnerFields,
	rebuildAssignmentsField,
} from './fields';
import { rateTargetFields, sendRateTarget } from './rateTarget';

/**
 * preSend: `assignable_id`, the project or phase the rate belongs to. RM needs it in the body
 * although the project is in the URL: without it the create failed with a 500 (observed).
 */
const sendRateOn: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const onPhase = this.getNodeParameter('rateOn', 'project') === 'phase';
	bodyOf(options).assignable_id = onPhase
		? integerId(this, 'phaseId', 'Phase')
		: integerId(this, 'projectId', 'Project');
	return options;
};

export const createBillRate: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a bill rate',
		description:
			'Add a rate to a project or phase: its default, or the rate of a user, placeholder, role or discipline',
		routing: billRateRouting({
			request: { method: 'POST', url: `=/projects/${urlId('projectId')}/bill_rates` },
			send: {
				preSend: [
					checkRateOwner('rateOn'),
					sendRateOn,
					sendAmount('rate', 'rate', { label: 'Rate', required: true, min: 0 }),
					...sendRateTarget('additionalFields'),
				],
			},
		}),
	},
	fields: [
		{
			displayName: 'Rate On',
			name: 'rateOn',
			type: 'options',
			noDataExpression: true,
			default: 'project',
			description:
				'Whether the rate belongs to the project or to one of its phases (a phase with its own rates)',
			options: [
				{ name: 'Phase', value: 'phase' },
				{ name: 'Project', value: 'project' },
			],
		},
		...rateOwnerFields('rateOn', 'that gets the rate'),
		{ ...rateField, required: true },
		rebuildAssignmentsField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description:
				'Without a user, placeholder, role or discipline the rate is the default of the project or phase',
			options: rateTargetFields,
		},
	],
};
