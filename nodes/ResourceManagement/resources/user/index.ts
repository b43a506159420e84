import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the User operations land.
export const userDescription: INodeProperties[] = [];
