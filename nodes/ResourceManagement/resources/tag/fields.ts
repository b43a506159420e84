import type { INodeProperties } from 'n8n-workflow';
import { ownerField, ownerLocators } from '../../shared/owner';

/** "Tag Of" and the matching project or user locator. */
export const tagOwnerFields = (purpose: string): INodeProperties[] => [
	ownerField('Tag Of', 'Whether the tags belong to a project (or phase) or to a user'),
	...ownerLocators(purpose),
];
