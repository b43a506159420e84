import type { OperationDef } from '../../../shared/descriptions';
import { projectLocator } from '../../shared/locators';
import {
	accessLevelField,
	membershipResult,
	membersUrl,
	PROJECT_ID,
	sendRelationships,
	userIdsField,
} from './fields';

export const addProjectMembers: OperationDef = {
	option: {
		name: 'Add or Update',
		value: 'add',
		action: 'Add or update project members',
		description:
			'Give users an access level on a project: new users are added, members get the new level, others stay',
		routing: {
			request: { method: 'PUT', url: membersUrl },
			send: { preSend: [PROJECT_ID, sendRelationships] },
			output: { postReceive: [membershipResult(true)] },
		},
	},
	fields: [projectLocator('The project to give access to'), userIdsField, accessLevelField],
};
