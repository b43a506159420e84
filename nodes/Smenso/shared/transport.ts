import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import { dropFromBulk, sendInBulk } from './bulk';
import { smensoBaseUrl } from './baseUrl';
import { bodyText, type ErrorText } from '../../shared/errors';
import { listPager } from '../../shared/paging';
import { createRunner, type Alternative, type ServiceConfig } from '../../shared/transport';
import { flattenTasks } from './taskTree';
import { settleWrite, smensoMessages } from './writeResults';

/**
 * An error answer to a request that reads bytes (file downloads, CSV exports) as a JSON request
 * would have got it: parsed JSON, else text. So both kinds of request describe a failure alike.
 */
function bytesAsBody(body: unknown): unknown {
	if (!Buffer.isBuffer(body)) return body;
	const text = body.toString('utf8');
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (!/^[[{]/.test(trimmed)) return text;
	try {
		return JSON.parse(trimmed) as unknown;
	} catch {
		return text;
	}
}

/** smenso's HTTP failures in words a user can act on. */
export function describeSmensoFailure(status: number, answer: unknown): ErrorText {
	const body = bytesAsBody(answer);
	const said = smensoMessages(body).join('; ') || bodyText(body, 300);
	const detail = said ? `: ${said}` : '';
	switch (true) {
		case status === 401:
			return {
				message: 'smenso did not accept the API token (401)',
				description:
					"Open the credential and paste the token exactly as smenso's Admin Center showed it (Admin Center → API Token). Tokens expire and are bound to one workspace; check the workspace name too. The workspace needs the 'smenso Integration API' add-on.",
			};
		case status === 403:
			return {
				message: `The token's user may not do this (403)${detail}`,
				description:
					"Creating, changing and deleting need a token created by a workspace administrator; reads work with any role. Also check the record's access and privacy settings in smenso.",
			};
		case status === 404 && typeof body === 'string' && !said.startsWith('{'):
			// A plain-text 404 comes from the web server, not the API: the address is wrong.
			return {
				message: 'smenso has no API at this address (404)',
				description:
					"Check the workspace in the credential (acme for acme.smenso.cloud) and, if set, the Base URL Override (it must end in /skyisland). The workspace also needs the 'smenso Integration API' add-on.",
			};
		case status === 404:
			return {
				message: `smenso found no such record (404)${detail}`,
				description:
					"Check the ID: pick the record from the list, or map the 'id' field of an earlier node. The token's user must be able to see the record.",
			};
		case status === 429:
			return {
				message: "smenso's rate limit was reached (429)",
				description:
					"Run fewer requests at once: in the node's Options add Batching with a pause between batches, or use the Reporting API (Report resource) for bulk reads.",
			};
		case status >= 500:
			return {
				message: `smenso could not process the request (${status})${detail}`,
				description:
					"This is a fault on smenso's side; try again later. If it was a create, update or delete, it may or may not have been applied: check before running it again.",
			};
		default:
			return {
				message: `smenso rejected the request (${status})${detail}`,
				description:
					'Fix the fields named in the message. Dates must be real dates; IDs must be GUIDs of existing records.',
			};
	}
}

/** The spec's second path for endpoints whose documented path conflicts (tried on 404). */
export function smensoAlternative(request: IHttpRequestOptions): Alternative | undefined {
	const url = request.url ?? '';
	const method = (request.method ?? 'GET').toUpperCase();
	const to = (path: string): Alternative => ({ request: { ...request, url: path } });
	let match = /^\/api\/integration\/project\/json\/archive\/([^/]+)$/i.exec(url);
	if (match && method === 'POST') return to(`/api/integration/project/json/${match[1]}/archive`);
	match = /^\/api\/integration\/template\/statusreport\/create\/json\/([^/]+)$/i.exec(url);
	if (match && method === 'POST') return to(`/api/integration/statusreport/json/${match[1]}`);
	match = /^\/api\/integration\/task\/json\/([^/]+)\/([^/]+)$/i.exec(url);
	if (match && method === 'GET' && match[2] !== 'tree') {
		// The tree path knows no project: check that the task is one of the requested project's.
		return {
			...to(`/api/integration/task/json/${match[2]}/tree`),
			verify: taskInProject(match[1], match[2]),
		};
	}
	match = /^\/api\/integration\/task\/json\/([^/]+)$/i.exec(url);
	if (match && method === 'GET') {
		return {
			request: {
				...request,
				url: '/api/integration/task/json',
				qs: { ...(request.qs ?? {}), projectId: decodeURIComponent(match[1]) },
			},
		};
	}
	return undefined;
}

/** Verifies a task read through the project-less tree path against the project's task list. */
function taskInProject(projectPart: string, taskPart: string): Alternative['verify'] {
	return async (ctx, _response, fetch) => {
		// That the answer is the requested task is checked for both paths by Task → Get itself.
		const taskId = decodeURIComponent(taskPart);
		const projectId = decodeURIComponent(projectPart);
		const { response: list } = await fetch({
			method: 'GET',
			url: `/api/integration/task/json/${projectPart}`,
			json: true,
		});
		const tasks = flattenTasks(Array.isArray(list.body) ? (list.body as IDataObject[]) : []);
		if (!tasks.some((task) => sameId(task.id, taskId))) {
			throw new NodeOperationError(ctx.getNode(), `Task ${taskId} is not in project ${projectId}`, {
				description:
					"smenso returned the task, but the project's task list does not contain it. Pick the project the task belongs to, or pick the task from the list of the selected project.",
				itemIndex: ctx.getItemIndex(),
			});
		}
	};
}

function sameId(a: unknown, b: string): boolean {
	return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/**
 * Fails when a task answer is not the requested task: another ID, or (where the record names
 * its project) another project.
 */
export function assertRequestedTask(
	ctx: IExecuteSingleFunctions,
	body: unknown,
	taskId: string,
	projectId: string,
): void {
	const task = (body && typeof body === 'object' ? body : {}) as IDataObject;
	const fail = (message: string) =>
		new NodeOperationError(ctx.getNode(), message, {
			description:
				'Pick the task from the list of the selected project, or choose the project the task belongs to.',
			itemIndex: ctx.getItemIndex(),
		});
	if (task.id !== undefined && !sameId(task.id, taskId))
		throw fail(`smenso returned task ${String(task.id)} instead of task ${taskId}`);
	if (task.projectId !== undefined && !sameId(task.projectId, projectId)) {
		throw fail(
			`Task ${taskId} is not in project ${projectId} (smenso lists it in project ${String(task.projectId)})`,
		);
	}
}

export const SMENSO_CREDENTIAL = 'smensoIntegrationApi';

/** A smenso credential that cannot work, in words (checked before any request). */
export function checkSmensoCredential(
	credentials: ICredentialDataDecryptedObject,
): ErrorText | undefined {
	const fix =
		'Open the smenso credential and fill it in: the workspace (acme for acme.smenso.cloud) and the token from Admin Center → API Token.';
	if (!String(credentials.apiToken ?? '').trim())
		return { message: 'The smenso credential has no API token', description: fix };
	const override = String(credentials.baseUrl ?? '').trim();
	if (override) {
		return /^https?:\/\/[^\s/]+/i.test(override)
			? undefined
			: {
					message: `The credential's Base URL Override is not a URL: ${JSON.stringify(override)}`,
					description:
						'Enter it as https://host/skyisland, or leave it empty to use the workspace.',
				};
	}
	const workspace = smensoBaseUrl(credentials)
		.replace(/^https:\/\//, '')
		.split('.')[0];
	if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(workspace)) {
		return {
			message: `The smenso workspace is not valid: ${JSON.stringify(String(credentials.workspace ?? ''))}`,
			description: fix,
		};
	}
	return undefined;
}

/** How smenso is called: credential, whole lists, write results (200 or 202 + ticket), conflicting paths, error texts. */
export const SMENSO_SERVICE: ServiceConfig = {
	credentialType: SMENSO_CREDENTIAL,
	secretFields: ['apiToken'],
	checkCredentials: checkSmensoCredential,
	pager: listPager,
	describeFailure: describeSmensoFailure,
	settleWrite,
	alternativeOn404: smensoAlternative,
	sendWrite: sendInBulk,
	dropItem: dropFromBulk,
};

/** Runs every smenso request: whole lists, 202 tickets, conflicting paths, clear errors. */
export const runSmensoRequest = createRunner(SMENSO_SERVICE);
