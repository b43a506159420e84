import type { INodeProperties } from 'n8n-workflow';
import { resourceOperations } from '../../../shared/descriptions';
import { createStatusReport } from './create';
import { createStatusReportFromTemplate } from './createFromTemplate';
import { deleteStatusReport } from './delete';
import { updateStatusReport } from './update';

/** smenso's Integration API can write status reports but has no endpoint to read them. */
const noReadNotice: INodeProperties = {
	displayName:
		'smenso has no API endpoint to read status reports. Keep the ID from the Create output, or read the latest status through the Report resource (project export).',
	name: 'statusReportNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { resource: ['statusReport'] } },
};

const [operation, ...fields] = resourceOperations(
	'statusReport',
	[createStatusReport, createStatusReportFromTemplate, deleteStatusReport, updateStatusReport],
	'create',
);

export const statusReportDescription: INodeProperties[] = [operation, noReadNotice, ...fields];
