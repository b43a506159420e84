import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the Ticket operations land.
export const ticketDescription: INodeProperties[] = [];
