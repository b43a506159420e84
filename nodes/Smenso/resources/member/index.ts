import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Member operations land.
export const memberDescription: INodeProperties[] = [];
