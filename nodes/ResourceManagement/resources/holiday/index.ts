import { resourceOperations } from '../../../shared/descriptions';
import { getAllHolidays } from './getAll';

export const holidayDescription = resourceOperations('holiday', [getAllHolidays], 'getAll');
