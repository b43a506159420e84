import { resourceOperations } from '../../../shared/descriptions';
import { createComment } from './create';
import { deleteComment } from './delete';
import { getComment } from './get';
import { getAllComments } from './getAll';
import { updateComment } from './update';

export const commentDescription = resourceOperations(
	'comment',
	[createComment, deleteComment, getComment, getAllComments, updateComment],
	'getAll',
);
