import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Discipline operations land.
export const disciplineDescription: INodeProperties[] = [];
