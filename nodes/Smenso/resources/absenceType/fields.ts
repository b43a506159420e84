import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { inputError } from '../../../shared/errors';

/** The absence type a request names. smenso does not say whether its IDs are GUIDs or numbers. */
export const ABSENCE_TYPE_ID = {
	name: 'absenceTypeId',
	label: 'Absence Type',
	kind: 'guidOrInteger',
} as const;

/** The absence type picker; `purpose` says what the operation does with it. */
export function absenceTypeIdField(purpose: string): INodeProperties {
	return {
		displayName: 'Absence Type Name or ID',
		name: 'absenceTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAbsenceTypes' },
		required: true,
		default: '',
		description: `${purpose} (a GUID or a number). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

export const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: 'e.g. Parental Leave',
	description: 'Name of the absence type as members see it when they request an absence',
	routing: { send: { type: 'body', property: 'title' } },
};

export const budgetTypeField: INodeProperties = {
	displayName: 'Budget Type',
	name: 'type',
	type: 'options',
	default: 'unlimited',
	options: [
		{
			name: 'Limited (Yearly Budget)',
			value: 'limited',
			description: 'Each member has a yearly budget of days, e.g. vacation',
		},
		{ name: 'Unlimited', value: 'unlimited', description: 'No budget, e.g. sick leave' },
	],
	description:
		"Whether members get a yearly budget of days for this type (sent as smenso's 'type')",
	routing: { send: { type: 'body', property: 'type' } },
};

/** Optional fields shared by Create (additional fields) and Update (update fields). */
export const absenceTypeOptionalFields: INodeProperties[] = [
	{
		displayName: 'Approval Necessary',
		name: 'isApprovalNecessary',
		type: 'boolean',
		default: false,
		description:
			'Whether an absence of this type must be approved before it counts (it then starts as Submitted)',
		routing: { send: { type: 'body', property: 'isApprovalNecessary' } },
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description:
			'The ID of this absence type in another system (e.g. the HR tool), for Use External ID in later updates',
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	{
		displayName: 'Include in Holidays Overview',
		name: 'includeInHolidaysOverview',
		type: 'boolean',
		default: true,
		description: "Whether absences of this type show in smenso's holidays overview",
		routing: { send: { type: 'body', property: 'includeInHolidaysOverview' } },
	},
	{
		displayName: 'Recommended Approvers',
		name: 'recommendedApprovers',
		type: 'string',
		default: '',
		placeholder: 'e.g. lead@example.com, hr@example.com',
		description:
			'E-mail addresses of the members smenso suggests as approvers, separated by commas; sent as one comma-separated text, as smenso expects',
	},
	{
		displayName: 'Yearly Budget (Days)',
		name: 'yearlyBudget',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 1 },
		default: 25,
		description: 'Days per member and year; only meaningful for the Limited budget type',
	},
];

const EMAIL = /^[^\s@/,;]+@[^\s@/,;]+\.[^\s@/,;]+$/;

/**
 * preSend: checks and normalises what a field's routing cannot: a title that is not blank, the
 * yearly budget (a number of 0 or more) and the approvers (each an e-mail address, sent as one
 * text with commas). `collection` holds the optional fields (Additional or Update Fields).
 */
export function absenceTypeItem(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = { ...((options.body as IDataObject) ?? {}) };
		const values = this.getNodeParameter(collection, {}) as IDataObject;
		const creating = collection === 'additionalFields';
		if (creating || 'title' in values) {
			const title = String(body.title ?? '').trim();
			if (!title) {
				throw inputError(
					this.getNode(),
					"'Title' is empty",
					'Enter the name of the absence type, e.g. Parental Leave.',
					this.getItemIndex(),
				);
			}
			body.title = title;
		}
		if ('yearlyBudget' in values) {
			const raw = values.yearlyBudget;
			const days = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : raw;
			if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
				throw inputError(
					this.getNode(),
					`'Yearly Budget (Days)' is not a number of days: ${JSON.stringify(raw)}`,
					'Enter the days per member and year as a number of 0 or more, e.g. 25 or 12.5.',
					this.getItemIndex(),
				);
			}
			body.yearlyBudget = days;
		}
		if ('recommendedApprovers' in values) {
			const raw = values.recommendedApprovers;
			const list = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[,;\s]+/))
				.map((e) => e.trim())
				.filter(Boolean);
			const bad = list.find((email) => !EMAIL.test(email));
			if (bad !== undefined) {
				throw inputError(
					this.getNode(),
					`'Recommended Approvers' contains something that is not an e-mail address: ${JSON.stringify(bad)}`,
					'Enter the e-mail addresses of workspace members, separated by commas, e.g. lead@example.com, hr@example.com.',
					this.getItemIndex(),
				);
			}
			if (list.length) body.recommendedApprovers = list.join(',');
		}
		options.body = body;
		return options;
	};
}
