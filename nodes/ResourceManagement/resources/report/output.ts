import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

/** The request echo both answers carry, added to items when the user asks for it. */
function echo(ctx: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	if (!(ctx.getNodeParameter('options.includeEcho', false) as boolean)) return {};
	const out: IDataObject = {};
	if (body.params !== undefined) out.params = body.params;
	if (body.dates !== undefined) out.dates = body.dates;
	return out;
}

function responseObject(response: IN8nHttpFullResponse): IDataObject | undefined {
	const body = response.body as unknown;
	return body && typeof body === 'object' && !Array.isArray(body)
		? (body as IDataObject)
		: undefined;
}

/** postReceive of Get Rows: one item per row. An answer without `rows` is passed on as it came. */
export async function reportRows(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = responseObject(response);
	if (!body || !Array.isArray(body.rows)) return items;
	const extra = echo(this, body);
	return (body.rows as IDataObject[]).map((row) => ({ json: { ...row, ...extra } }));
}

/**
 * postReceive of Get Totals: one item. The answer's shape is undocumented; when it holds a
 * `totals` object that object is the item, otherwise the whole answer is.
 */
export async function reportTotals(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = responseObject(response);
	const totals = body?.totals;
	if (!body || !totals || typeof totals !== 'object' || Array.isArray(totals)) return items;
	return [{ json: { ...(totals as IDataObject), ...echo(this, body) } }];
}
