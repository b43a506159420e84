import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { rmLocator } from '../../shared/locators';

export const statusOptionUrl = `=/status_options/${urlId('statusOptionId')}`;

export const statusOptionId = {
	name: 'statusOptionId',
	label: 'Status Option',
	kind: 'integer' as const,
};

export const statusOptionLocator = (description: string) =>
	rmLocator('Status Option', 'statusOptionId', 'searchStatusOptions', description);

/** The four writable fields; Create requires all of them. */
export const statusOptionFields: INodeProperties[] = [
	{
		displayName: 'Color',
		name: 'color',
		type: 'options',
		default: 'blue_bright',
		options: [
			{ name: 'Blue (Bright)', value: 'blue_bright' },
			{ name: 'Blue (Dark)', value: 'blue_dark' },
			{ name: 'Green (Bright)', value: 'green_bright' },
			{ name: 'Green (Dark)', value: 'green_dark' },
			{ name: 'Orange', value: 'orange' },
			{ name: 'Purple', value: 'purple' },
			{ name: 'Red', value: 'red' },
			{ name: 'Yellow', value: 'yellow' },
		],
		description: 'Colour of the status in schedules',
		routing: { send: { type: 'body', property: 'color' } },
	},
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		default: '',
		description: 'Name of the status shown on assignments, e.g. Blocked',
		routing: { send: { type: 'body', property: 'label' } },
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description:
			'Position in the status menu; lower numbers come first and decimals such as 1.5 fit between two options',
		routing: { send: { type: 'body', property: 'order' } },
	},
	{
		displayName: 'Stage',
		name: 'stage',
		type: 'options',
		default: 'planned',
		options: [
			{ name: 'Done', value: 'done' },
			{ name: 'In Progress', value: 'in_progress' },
			{ name: 'Planned', value: 'planned' },
		],
		description: 'Which stage of work the status stands for',
		routing: { send: { type: 'body', property: 'stage' } },
	},
];

/** preSend: a label that is only spaces would be accepted by the form but means nothing. */
export async function checkLabel(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = (options.body ?? {}) as IDataObject;
	if ('label' in body && !String(body.label ?? '').trim()) {
		throw inputError(
			this.getNode(),
			"'Label' is empty",
			'Enter the name of the status, e.g. Blocked.',
			this.getItemIndex(),
		);
	}
	return options;
}
