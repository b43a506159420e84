import { resourceOperations } from '../../../shared/descriptions';
import { getTicketStatus } from './get';

export const ticketDescription = resourceOperations('ticket', [getTicketStatus], 'get');
