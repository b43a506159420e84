import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Report operations land.
export const reportDescription: INodeProperties[] = [];
