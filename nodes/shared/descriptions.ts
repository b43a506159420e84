import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** One operation of a resource: its entry in the Operation list and the fields it shows. */
export interface OperationDef {
	option: INodePropertyOptions;
	fields: INodeProperties[];
}

/** Shows fields only for one resource + operation (keeps each operation file free of boilerplate). */
export function showFor(resource: string, operation: string, fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) => ({
		...field,
		displayOptions: {
			...field.displayOptions,
			show: { resource: [resource], operation: [operation], ...field.displayOptions?.show },
		},
	}));
}

/** The Operation selector for a resource followed by every operation's fields. */
export function resourceOperations(
	resource: string,
	operations: OperationDef[],
	defaultOperation: string,
): INodeProperties[] {
	const options = operations
		.map((operation) => operation.option)
		.sort((a, b) => a.name.localeCompare(b.name));
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options,
			default: defaultOperation,
		},
		...operations.flatMap((operation) => showFor(resource, String(operation.option.value), operation.fields)),
	];
}

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

/** Limit as n8n's guidelines word it; `maxResults` trims the output to it. */
export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	default: 50,
	typeOptions: { minValue: 1 },
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
	routing: { output: { maxResults: '={{ $value }}' } },
};

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};
