import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Flavor (Custom Field) operations land.
export const flavorDescription: INodeProperties[] = [];
