import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Absence operations land.
export const absenceDescription: INodeProperties[] = [];
