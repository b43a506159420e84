import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';

export const getTicketStatus: OperationDef = {
	option: {
		name: 'Get Status',
		value: 'get',
		action: 'Get the status of a ticket',
		description:
			'Check a change smenso is applying in the background (a write run without waiting): Created, Processing, Completed or Failed, with per-item results',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/status/json/${urlId('ticketId')}`,
			},
			// The ticket ID format is not documented: any text without path characters.
			send: { preSend: [requireIds([{ name: 'ticketId', label: 'Ticket ID', kind: 'text' }])] },
		},
	},
	fields: [
		{
			displayName: 'Ticket ID',
			name: 'ticketId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 9d0c5c1e-0000-4000-8000-000000000001',
			description: 'The ticketId a write returned with Wait for Completion turned off',
		},
	],
};
