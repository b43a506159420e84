import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Time Entry operations land.
export const timeEntryDescription: INodeProperties[] = [];
