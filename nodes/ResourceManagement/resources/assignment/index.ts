import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Assignment operations land.
export const assignmentDescription: INodeProperties[] = [];
