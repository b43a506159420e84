import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Approval operations land.
export const approvalDescription: INodeProperties[] = [];
