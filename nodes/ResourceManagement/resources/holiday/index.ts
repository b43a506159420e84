import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Holiday operations land.
export const holidayDescription: INodeProperties[] = [];
