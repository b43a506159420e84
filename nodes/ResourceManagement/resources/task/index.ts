import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Task operations land.
export const taskDescription: INodeProperties[] = [];
