import type { INodeProperties } from 'n8n-workflow';
import type { IdSpec } from './envelope';

/** The template that Create From Template and Apply Template copy from, checked as a GUID. */
export const TEMPLATE_ID: IdSpec = { name: 'templateId', label: 'Template ID', kind: 'guid' };

/** The Template ID field; `template` says which template, e.g. 'task template to copy'. */
export function templateIdField(template: string): INodeProperties {
	return {
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		description: `GUID of the ${template}`,
	};
}
