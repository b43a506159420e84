import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { projectLocator } from '../../shared/locators';
import {
	accessLevelField,
	membershipResult,
	membersUrl,
	PROJECT_ID,
	sendRelationships,
	userIdsField,
} from './fields';

/** preSend: replacing removes every member not listed, so it needs the explicit confirmation. */
const requireConfirmation: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	if (this.getNodeParameter('confirmReplace', false) !== true) {
		throw inputError(
			this.getNode(),
			'Replacing all project members needs confirmation',
			"Replace All removes every member of the project who is not listed. Turn on 'Confirm Removing Other Members' to go ahead, or use Add or Update to keep the current members.",
			this.getItemIndex(),
		);
	}
	return options;
};

export const replaceProjectMembers: OperationDef = {
	option: {
		name: 'Replace All',
		value: 'replace',
		action: 'Replace all project members',
		description:
			'Make the listed users the only members of a project, all with one access level; everyone else loses access',
		routing: {
			request: { method: 'POST', url: membersUrl },
			send: { preSend: [PROJECT_ID, requireConfirmation, sendRelationships] },
			output: { postReceive: [membershipResult(true)] },
		},
	},
	fields: [
		projectLocator('The project whose member list to replace'),
		{
			...userIdsField,
			description: `The only members the project will have. ${userIdsField.description}`,
		},
		accessLevelField,
		{
			displayName: 'Confirm Removing Other Members',
			name: 'confirmReplace',
			type: 'boolean',
			required: true,
			default: false,
			description:
				'Whether you confirm that every current member who is not listed loses access to the project. Without it the node stops before sending anything.',
		},
	],
};
