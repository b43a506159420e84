import { resourceOperations } from '../../../shared/descriptions';
import { createBillRate } from './create';
import { getBillRate } from './get';
import { getAllBillRates } from './getAll';
import { updateBillRate } from './update';

// No Delete: deleting bill rates was removed from the API docs in 2024 (not supported).
export const billRateDescription = resourceOperations(
	'billRate',
	[createBillRate, getBillRate, getAllBillRates, updateBillRate],
	'getAll',
);
