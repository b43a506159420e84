/**
 * Comments on tasks and status reports (paths per smenso's node). Writes are asynchronous
 * (202 + ticket); the envelope is `{ comment: [...] }` without timezoneId. Records are kept as
 * `{ id, taskId | statusReportId, text, isInternal }`.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { READ_QUERY } from './absences';
import { read, write, type RouteModule } from './routes';
import { unknownQuery } from './settings';
import { STATUS_REPORT_SEED } from './statusReports';
import {
	accept,
	guid,
	itemResult,
	newId,
	notFound,
	readEnvelope,
	validation,
	type Rec,
	type SmensoState,
} from './state';

export const COMMENT_SEED = {
	/** On task Design: public. */
	designReview: guid('comment-0'),
	/** On task Design: internal. */
	designInternal: guid('comment-1'),
	/** On the published status report of the main project. */
	reportNote: guid('comment-2'),
};

type Target = 'task' | 'statusreport';
const TARGET_KEY: Record<Target, 'taskId' | 'statusReportId'> = {
	task: 'taskId',
	statusreport: 'statusReportId',
};

function targetExists(state: SmensoState, target: Target, id: unknown): boolean {
	return target === 'task' ? state.tasks.has(String(id)) : state.statusReports.has(String(id));
}

/** Comment envelopes have no timezoneId in smenso's node; anything beyond `comment`/`noFeed` is rejected. */
function envelopeErrors(body: unknown): SandboxResponse | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const extra = Object.keys(body).filter((key) => key !== 'comment' && key !== 'noFeed');
	if (!extra.length) return undefined;
	return validation(Object.fromEntries(extra.map((key) => [key, [`Unknown field '${key}'.`]])));
}

function booleanErrors(items: Rec[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		if (item.isInternal !== undefined && typeof item.isInternal !== 'boolean') {
			errors[`comment[${index}].isInternal`] = ['isInternal must be true or false.'];
		}
		if (item.text !== undefined && (typeof item.text !== 'string' || !item.text.trim())) {
			errors[`comment[${index}].text`] = ['The text must not be empty.'];
		}
	});
	return errors;
}

function seed(state: SmensoState): void {
	const rows: Rec[] = [
		{
			id: COMMENT_SEED.designReview,
			taskId: guid('task-0'),
			text: 'Wireframes are ready for review.',
			isInternal: false,
		},
		{
			id: COMMENT_SEED.designInternal,
			taskId: guid('task-0'),
			text: 'Budget for the agency is tight.',
			isInternal: true,
		},
		{
			id: COMMENT_SEED.reportNote,
			statusReportId: STATUS_REPORT_SEED.published,
			text: 'Thanks, looks good.',
			isInternal: false,
		},
	];
	for (const row of rows) state.comments.set(String(row.id), row);
}

export const commentRoutes: RouteModule = (state) => {
	seed(state);

	const list =
		(target: Target) =>
		(req: SandboxRequest, { id }: Record<string, string>): SandboxResponse => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			if (!targetExists(state, target, id))
				return notFound(target === 'task' ? 'Task' : 'Status report');
			const key = TARGET_KEY[target];
			return { status: 200, body: [...state.comments.values()].filter((c) => c[key] === id) };
		};

	const create =
		(target: Target) =>
		(req: SandboxRequest): SandboxResponse => {
			const key = TARGET_KEY[target];
			const extra = envelopeErrors(req.body);
			if (extra) return extra;
			const { error, items } = readEnvelope(req.body, {
				entity: 'comment',
				fields: [key, 'text', 'isInternal'],
				required: [key, 'text'],
			});
			if (error) return error;
			const errors = booleanErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				if (!targetExists(state, target, item[key])) {
					return itemResult(
						item,
						null,
						`${target === 'task' ? 'Task' : 'Status report'} ${String(item[key])} was not found.`,
					);
				}
				const id = newId(state, 'comment');
				state.comments.set(id, {
					id,
					[key]: item[key],
					text: item.text,
					isInternal: Boolean(item.isInternal),
				});
				return itemResult(item, id);
			});
			return accept(state, results);
		};

	const update =
		(target: Target) =>
		(req: SandboxRequest): SandboxResponse => {
			const key = TARGET_KEY[target];
			const extra = envelopeErrors(req.body);
			if (extra) return extra;
			const { error, items } = readEnvelope(req.body, {
				entity: 'comment',
				fields: ['id', 'text', 'isInternal'],
				required: ['id'],
			});
			if (error) return error;
			const errors = booleanErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const comment = state.comments.get(String(item.id));
				if (!comment) return itemResult(item, null, `Comment ${String(item.id)} was not found.`);
				if (!comment[key]) {
					return itemResult(
						item,
						String(comment.id),
						`Comment ${String(comment.id)} is not a ${target === 'task' ? 'task' : 'status report'} comment.`,
					);
				}
				if (item.text !== undefined) comment.text = item.text;
				if (item.isInternal !== undefined) comment.isInternal = item.isInternal;
				return itemResult(item, String(comment.id));
			});
			return accept(state, results);
		};

	return [
		read('GET', '/integration/comment/json/:commentId', (req, { commentId }) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			const comment = state.comments.get(commentId);
			return comment ? { status: 200, body: comment } : notFound('Comment');
		}),
		read('GET', '/integration/comment/task/json/:id', list('task')),
		read('GET', '/integration/comment/statusreport/json/:id', list('statusreport')),
		write('POST', '/integration/comment/task/json', create('task')),
		write('POST', '/integration/comment/statusreport/json', create('statusreport')),
		write('PUT', '/integration/comment/task/json', update('task')),
		write('PUT', '/integration/comment/statusreport/json', update('statusreport')),
		write('DELETE', '/integration/comment/json/:commentId', (_req, { commentId }) => {
			if (!state.comments.delete(commentId)) return notFound('Comment');
			return accept(state, [itemResult({}, commentId)]);
		}),
	];
};
