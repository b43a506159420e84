import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Status Report operations land.
export const statusReportDescription: INodeProperties[] = [];
