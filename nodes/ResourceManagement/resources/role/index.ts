import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Role operations land.
export const roleDescription: INodeProperties[] = [];
