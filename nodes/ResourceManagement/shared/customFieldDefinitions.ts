import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../shared/descriptions';
import { ownerField } from './owner';

/*
 * Custom field definitions (`/custom_fields`). RM keeps one set of fields for projects (and
 * phases), its namespace `assignables`, and one for users, namespace `users`. The node shows
 * the choice as "Custom Fields Of" (`owner`: project | user), the same selector Custom Field
 * Value uses for the values.
 */

/** Words for RM's data types, as pickers show them. */
export const DATA_TYPE_LABELS: Record<string, string> = {
	string: 'text',
	selection_list: 'selection list',
	multiple_choice_selection_list: 'multiple choice',
};

/** The namespaces and the owner values that stand for them. */
export const NAMESPACE_LABELS: Record<string, string> = { assignables: 'projects', users: 'users' };

/** Expression for inside a `routing.send.value`: the RM namespace of the chosen owner. */
export const NAMESPACE_OF_OWNER = '={{ $value === "user" ? "users" : "assignables" }}';

/** "Custom Fields Of", sent as the namespace (a query parameter on lists, a body key on create). */
export function namespaceField(description: string, sendAs: 'query' | 'body'): INodeProperties {
	return {
		...ownerField('Custom Fields Of', description),
		routing: { send: { type: sendAs, property: 'namespace', value: NAMESPACE_OF_OWNER } },
	};
}

/**
 * Lists the definitions of one namespace (GET /custom_fields?namespace=…, always sent: an
 * unpublished docs change says it is required). Custom Field → Get Many and Custom Field Value →
 * Get Fields are this one operation under two names.
 */
export function customFieldListOperation(
	option: Pick<INodePropertyOptions, 'name' | 'value' | 'action' | 'description'>,
	ownerDescription: string,
): OperationDef {
	return {
		option: { ...option, routing: { request: { method: 'GET', url: '/custom_fields' } } },
		fields: [namespaceField(ownerDescription, 'query'), returnAllField, limitField],
	};
}
