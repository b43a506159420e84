import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { eventItem, passesPhaseFilter, SECRET_PARAMETER, type PhaseFilter } from './webhookEvents';
import { storedSecret } from './webhookStore';

/** Compares the whole token whatever the first difference (no timing hint for guessing). */
function sameSecret(given: string, expected: string): boolean {
	let difference = given.length ^ expected.length;
	for (let i = 0; i < expected.length; i++)
		difference |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
	return difference === 0;
}

function refuse(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

function isRecord(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One delivery from RM. It must carry this trigger's token (401 without, 403 with a wrong one;
 * nothing runs) and be `{type, data}`. Events that are not selected, and phases or projects the
 * Phase Events setting leaves out, are acknowledged with 200 (RM would unsubscribe on 410) and
 * start nothing.
 */
export async function receiveEvent(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const secret = storedSecret(this.getWorkflowStaticData('node'));
	const given = (this.getQueryData() as IDataObject)[SECRET_PARAMETER];
	const token = Array.isArray(given) ? given[0] : given;
	if (typeof token !== 'string' || token === '') {
		return refuse(
			this,
			401,
			'This URL only accepts Resource Management deliveries with their token',
		);
	}
	if (!secret || !sameSecret(token, secret)) return refuse(this, 403, 'Wrong token');

	const body = this.getBodyData();
	if (!isRecord(body) || typeof body.type !== 'string' || !isRecord(body.data)) {
		return refuse(
			this,
			400,
			'Expected a Resource Management event: {"type": "<event>", "data": {…}}',
		);
	}
	const type = body.type;
	const record = body.data;
	const events = this.getNodeParameter('events', []) as unknown;
	if (!Array.isArray(events) || !events.includes(type)) {
		return {
			webhookResponse: { message: `Event ${type} is not selected in this trigger; ignored` },
		};
	}
	const phases = this.getNodeParameter('phases', 'ignore') as PhaseFilter;
	if (!passesPhaseFilter(type, record, phases)) {
		return { webhookResponse: { message: 'Left out by the Phase Events setting; ignored' } };
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const item = eventItem(type, record, options.output === 'raw' ? 'raw' : 'record');
	return { workflowData: [this.helpers.returnJsonArray([item])] };
}
