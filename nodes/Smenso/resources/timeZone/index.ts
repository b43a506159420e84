import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Time Zone operations land.
export const timeZoneDescription: INodeProperties[] = [];
