import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Custom Field Value operations land.
export const customFieldValueDescription: INodeProperties[] = [];
