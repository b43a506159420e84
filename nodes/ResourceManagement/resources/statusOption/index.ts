import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Status Option operations land.
export const statusOptionDescription: INodeProperties[] = [];
