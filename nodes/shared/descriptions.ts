import type {
	IDataObject,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** One operation of a resource: its entry in the Operation list and the fields it shows. */
export interface OperationDef {
	option: INodePropertyOptions;
	fields: INodeProperties[];
}

/** Shows fields only for one resource + operation (keeps each operation file free of boilerplate). */
export function showFor(
	resource: string,
	operation: string,
	fields: INodeProperties[],
): INodeProperties[] {
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
		...operations.flatMap((operation) =>
			showFor(resource, String(operation.option.value), operation.fields),
		),
	];
}

/** Collection options in the order n8n's guidelines ask for: by display name. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The Update Fields collection of an update operation, around its fields sorted by display name. */
export function updateFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName(options),
	};
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

/** Expression text for a value as a URL path segment (trimmed, encoded), for use inside `{{ }}`. */
const segmentExpression = (value: string) => `encodeURIComponent(String(${value}).trim())`;

/** Expression text for an ID parameter as a URL path segment (trimmed, encoded), for use inside `{{ }}`. */
export const idExpression = (name: string) => segmentExpression(`$parameter.${name}`);

/** URL template segment of an ID parameter: `=/tasks/${urlId('taskId')}`. Both services build every ID path with it. */
export const urlId = (name: string) => `{{ ${idExpression(name)} }}`;

/**
 * URL template segment of an ID chosen by an expression, e.g. the parent picked in a field:
 * `urlIdOf('$parameter.target === "task" ? $parameter.taskId : $parameter.projectId')`.
 */
export const urlIdOf = (expression: string) => `{{ ${segmentExpression(expression)} }}`;

/** A resource locator: pick from a searchable list (default) or enter the ID, checked by `idRegex`. */
export function listOrIdLocator(spec: {
	displayName: string;
	name: string;
	searchListMethod: string;
	description: string;
	idPlaceholder: string;
	idRegex: string;
	idError: string;
}): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
				validation: [
					{ type: 'regex', properties: { regex: spec.idRegex, errorMessage: spec.idError } },
				],
			},
		],
	};
}

/** A list search's answer: the records as items, those matching `filter` (name or ID, any case), sorted by name. */
export function listSearchResult(
	records: IDataObject[],
	filter: string | undefined,
	toItem: (record: IDataObject) => INodeListSearchItems,
): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const results = records
		.map(toItem)
		.filter((item) => !needle || `${item.name} ${item.value}`.toLowerCase().includes(needle))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

/**
 * Hidden property that sets `paginate` on every request, so that n8n hands every request of the
 * node to its request runner (n8n calls it as the custom pagination function).
 */
export const requestRunnerField: INodeProperties = {
	displayName: 'Request Runner',
	name: 'requestRunner',
	type: 'hidden',
	default: true,
	routing: { send: { paginate: true } },
};
