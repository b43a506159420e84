import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Phase operations land.
export const phaseDescription: INodeProperties[] = [];
