import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Leave Type operations land.
export const leaveTypeDescription: INodeProperties[] = [];
