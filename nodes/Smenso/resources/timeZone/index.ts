import { resourceOperations } from '../../../shared/descriptions';
import { getAllTimeZones } from './getAll';

export const timeZoneDescription = resourceOperations('timeZone', [getAllTimeZones], 'getAll');
