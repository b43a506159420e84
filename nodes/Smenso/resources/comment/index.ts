import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Comment operations land.
export const commentDescription: INodeProperties[] = [];
