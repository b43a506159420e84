import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { fileNameFromDisposition, headerValue, isJsonType, mediaType } from '../../../shared/files';
import { checkId, idValue } from '../../../shared/idChecks';
import { attachmentIdField, binaryPropertyField, binaryPropertyName } from './fields';

/** What the item says when smenso answers a download with JSON instead of a file. */
export const DATA_NOT_FILE_NOTE =
	'smenso sent data, not a file: the answer was JSON without a file name, so it is shown as it came (no binary). A link attachment (OneDrive or SharePoint) has no file stored in smenso.';

/** preSend: the attachment ID and the binary field name, before any request. */
const checkDownload: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	checkId(this, 'attachmentId', 'Attachment ID', 'guid');
	binaryPropertyName(this);
	return options;
};

/** The answer's bytes; undefined when it was already read as JSON (not a file). */
function bytesOf(body: unknown): Buffer | undefined {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return undefined;
}

/** JSON text as a value, or undefined when it does not parse. */
function parsedJson(bytes: Buffer): unknown {
	try {
		return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
	} catch {
		return undefined;
	}
}

function dataItem(data: unknown): INodeExecutionData[] {
	const json =
		data && typeof data === 'object' && !Array.isArray(data)
			? (data as IDataObject)
			: { value: data as IDataObject['value'] };
	return [{ json: { ...json, note: DATA_NOT_FILE_NOTE } }];
}

/**
 * postReceive: one item with the file in the chosen binary field; name from Content-Disposition
 * (the attachment ID when smenso names none), media type from Content-Type. The bytes are never
 * parsed, except when smenso sends JSON without a file name: that is data, not a file.
 */
const attachmentFile: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const id = idValue(this, 'attachmentId');
	const bytes = bytesOf(response.body);
	if (!bytes) return dataItem(response.body);
	const type = mediaType(headerValue(response.headers, 'content-type'));
	const fileName = fileNameFromDisposition(headerValue(response.headers, 'content-disposition'));
	if (!fileName && isJsonType(type)) {
		const data = parsedJson(bytes);
		if (data !== undefined) return dataItem(data);
	}
	const binary = await this.helpers.prepareBinaryData(bytes, fileName ?? id, type);
	return [
		{
			json: {
				id,
				fileName: binary.fileName ?? fileName ?? id,
				mimeType: binary.mimeType,
				fileSize: bytes.length,
			},
			binary: { [binaryPropertyName(this)]: binary },
		},
	];
};

export const downloadAttachment: OperationDef = {
	option: {
		name: 'Download',
		value: 'download',
		action: 'Download an attachment',
		description: 'Download one attached file as binary data, with its file name and type',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/attachment/json/${urlId('attachmentId')}`,
				// The file's bytes as they come; smenso may send any type, so accept any.
				encoding: 'arraybuffer',
				json: false,
				headers: { Accept: '*/*' },
			},
			send: { preSend: [checkDownload] },
			output: { postReceive: [attachmentFile] },
		},
	},
	fields: [
		{
			...attachmentIdField,
			description:
				'GUID of the attachment to download: use the ID from an Attachment → Get Many result',
		},
		binaryPropertyField,
	],
};
