import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Placeholder operations land.
export const placeholderDescription: INodeProperties[] = [];
