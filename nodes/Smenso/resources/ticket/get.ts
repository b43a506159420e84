import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/hooks';

/** The ticket ID format is not documented, so only emptiness is checked. */
async function requireTicketId(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (!idValue(this, 'ticketId')) {
		throw inputError(
			this.getNode(),
			"'Ticket ID' is empty",
			"Map the 'ticketId' field from the output of a write that ran with Wait for Completion turned off.",
			this.getItemIndex(),
		);
	}
	return options;
}

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
				url: '=/api/integration/status/json/{{ encodeURIComponent(String($parameter.ticketId).trim()) }}',
			},
			send: { preSend: [requireTicketId] },
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
			description: "The ticketId a write returned with Wait for Completion turned off",
		},
	],
};
