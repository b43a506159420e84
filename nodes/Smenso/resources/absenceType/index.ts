import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Absence Type operations land.
export const absenceTypeDescription: INodeProperties[] = [];
