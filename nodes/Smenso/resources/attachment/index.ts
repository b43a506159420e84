import { resourceOperations } from '../../../shared/descriptions';
import { deleteAttachment } from './delete';
import { downloadAttachment } from './download';
import { getAllAttachments } from './getAll';

export const attachmentDescription = resourceOperations(
	'attachment',
	[deleteAttachment, downloadAttachment, getAllAttachments],
	'getAll',
);
