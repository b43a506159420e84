import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Tag operations land.
export const tagDescription: INodeProperties[] = [];
