import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

/**
 * postReceive: a delete answers `{ deleted: true }`, as n8n's guidelines ask. A 202 that was
 * not waited for (smenso ticket) is passed through: nothing is deleted yet.
 */
export const deletedResult: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response?.statusCode === 202) return items;
	return [{ json: { deleted: true } }];
};

/** postReceive: keeps only the listed keys when the node's Simplify toggle is on. */
export function simplify(keys: string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		if (!(this.getNodeParameter('simplify', false) as boolean)) return items;
		return items.map((item) => {
			const json: IDataObject = {};
			for (const key of keys) if (key in item.json) json[key] = item.json[key];
			return { ...item, json };
		});
	};
}

/** postReceive: turns the response body into a binary file in the `data` property. */
export function binaryFile(
	fileName: (ctx: IExecuteSingleFunctions) => string,
	mimeType: string,
): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body as unknown;
		const buffer = Buffer.isBuffer(body)
			? body
			: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
		const binary = await this.helpers.prepareBinaryData(buffer, fileName(this), mimeType);
		return [
			{
				json: { fileName: binary.fileName, mimeType, fileSize: buffer.length },
				binary: { data: binary },
			},
		];
	};
}
