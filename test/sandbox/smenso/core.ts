import { read, type RouteModule } from './routes';
import { notFound } from './state';

/** Time zones and ticket polling. */
export const coreRoutes: RouteModule = (state) => [
	read('GET', '/integration/timezones/json', () => ({ status: 200, body: state.timezones })),

	// Created → Processing → Completed/Failed over `pollsToFinish` polls.
	read('GET', '/integration/status/json/:ticketId', (_req, { ticketId }) => {
		const ticket = state.tickets.get(ticketId);
		if (!ticket) return notFound('Ticket');
		ticket.polls++;
		const status =
			ticket.polls >= ticket.pollsToFinish
				? ticket.final
				: ticket.polls === 1
					? 'Created'
					: 'Processing';
		const done = status === 'Completed' || status === 'Failed';
		return {
			status: 200,
			body: { ticketId, status, items: done ? ticket.items : [] },
		};
	}),
];
