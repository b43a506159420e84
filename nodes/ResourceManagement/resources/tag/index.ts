import { resourceOperations } from '../../../shared/descriptions';
import { addTag } from './add';
import { getAllTags } from './getAll';
import { removeTag } from './remove';

export const tagDescription = resourceOperations('tag', [addTag, getAllTags, removeTag], 'getAll');
