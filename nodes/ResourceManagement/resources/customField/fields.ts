import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { bodyOf } from '../../../shared/inputChecks';
import { rmLocator } from '../../shared/locators';

export const customFieldUrl = `=/custom_fields/${urlId('fieldId')}`;

export const FIELD_ID = { name: 'fieldId', label: 'Custom Field', kind: 'integer' as const };

export const customFieldLocator = (description: string) =>
	rmLocator('Custom Field', 'fieldId', 'searchCustomFields', description);

export const OWNER_DESCRIPTION =
	'Whether the field is for projects (and phases) or for users; Resource Management keeps a separate set of fields for each';

const SELECTION_TYPES = ['selection_list', 'multiple_choice_selection_list'];

export const dataTypeField: INodeProperties = {
	displayName: 'Data Type',
	name: 'data_type',
	type: 'options',
	required: true,
	default: 'string',
	description: 'What the field holds; it cannot be changed later',
	options: [
		{
			name: 'Multiple Choice Selection List',
			value: 'multiple_choice_selection_list',
			description: 'Any number of the options',
		},
		{ name: 'Selection List', value: 'selection_list', description: 'One of the options' },
		{ name: 'Text', value: 'string', description: 'Free text' },
	],
	routing: { send: { type: 'body', property: 'data_type' } },
};

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Region',
	description: 'Name of the field as Resource Management shows it',
	routing: { send: { type: 'body', property: 'name' } },
};

/** The choices of a selection list (`options`); checked and sent by sendFieldOptions. */
export const fieldOptionsField: INodeProperties = {
	displayName: 'Options',
	name: 'fieldOptions',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Option' },
	default: [],
	description: 'The choices of the selection list, each an exact text such as EMEA',
};

const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'Short explanation of the field, shown in Resource Management',
	routing: { send: { type: 'body', property: 'description' } },
};

const visibilityFields: INodeProperties[] = [
	{
		displayName: 'Visible as Filter',
		name: 'is_visible_as_filter',
		type: 'boolean',
		default: false,
		description: 'Whether schedules and lists in Resource Management can be filtered by the field',
		routing: { send: { type: 'body', property: 'is_visible_as_filter' } },
	},
	{
		displayName: 'Visible on Info Page',
		name: 'is_visible_on_info_page',
		type: 'boolean',
		default: true,
		description: 'Whether the field shows on the project or user info page',
		routing: { send: { type: 'body', property: 'is_visible_on_info_page' } },
	},
];

/** Optional fields of Create (the default value is sent by sendDefaultValue). */
export const createOptionalFields: INodeProperties[] = [
	{
		displayName: 'Apply Default to Existing',
		name: 'apply_default_to_existing_objects',
		type: 'boolean',
		default: false,
		description:
			'Whether every existing project (or user) gets the default value once, now; needs a Default Value. Later projects or users get the default anyway.',
	},
	{
		displayName: 'Default Value',
		name: 'default_value',
		type: 'string',
		default: '',
		description:
			'Value used where none is set; for a selection list the exact text of one of its options',
	},
	descriptionField,
	...visibilityFields,
];

/** Update Fields; Custom Fields Of and Data Type cannot be changed. */
export const updateFields: INodeProperties[] = [
	{
		displayName: 'Default Value',
		name: 'default_value',
		type: 'string',
		default: '',
		description:
			'New default value (for a selection list one of its options); leave empty to remove the default. When you remove the option that is the default, set a new default too.',
	},
	descriptionField,
	nameField,
	{
		...fieldOptionsField,
		description:
			'The new choices of a selection list: they replace all current options. Values already set keep their text.',
	},
	...visibilityFields,
];

/** Reads a list of option texts: trimmed, none empty, none twice. */
function optionList(ctx: IExecuteSingleFunctions, param: string): string[] {
	const raw = ctx.getNodeParameter(param, []) as unknown;
	const values = (Array.isArray(raw) ? raw : [raw]).map((value) => String(value ?? '').trim());
	const empty = values.findIndex((value) => !value);
	if (empty >= 0) {
		throw inputError(
			ctx.getNode(),
			`Option ${empty + 1} of 'Options' is empty`,
			'Enter a text for every option or remove the empty one.',
			ctx.getItemIndex(),
		);
	}
	const twice = values.find((value, index) => values.indexOf(value) !== index);
	if (twice !== undefined) {
		throw inputError(
			ctx.getNode(),
			`'Options' lists ${JSON.stringify(twice)} twice`,
			'Give every option once; options are matched by their exact text.',
			ctx.getItemIndex(),
		);
	}
	return values;
}

/** Throws when a default value is not one of the options of a selection list. */
function assertDefaultIsOption(ctx: IExecuteSingleFunctions, body: IDataObject): void {
	const options = body.options as string[] | undefined;
	const value = body.default_value;
	if (!options || typeof value !== 'string' || options.includes(value)) return;
	throw inputError(
		ctx.getNode(),
		`'Default Value' ${JSON.stringify(value)} is not one of the options`,
		`Use the exact text of one option (${options.join(', ')}) or leave 'Default Value' empty.`,
		ctx.getItemIndex(),
	);
}

/** Throws when a name is given but is only spaces (Create: also when it is missing). */
function checkName(ctx: IExecuteSingleFunctions, body: IDataObject, required: boolean): void {
	if (!(required || 'name' in body) || String(body.name ?? '').trim()) return;
	throw inputError(
		ctx.getNode(),
		"'Name' is empty",
		'Enter the name of the custom field, e.g. Region.',
		ctx.getItemIndex(),
	);
}

/**
 * preSend of Create: the name is set, a selection list has options (a text field has none),
 * the default value is one of them, and Apply Default to Existing comes with a default.
 */
export const sendCreateFields: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const body = bodyOf(options);
	checkName(this, body, true);
	if (SELECTION_TYPES.includes(this.getNodeParameter('data_type', 'string') as string)) {
		const list = optionList(this, 'fieldOptions');
		if (!list.length) {
			throw inputError(
				this.getNode(),
				"'Options' is empty",
				'A selection list needs at least one option: add them under Options, e.g. EMEA, AMER, APAC.',
				this.getItemIndex(),
			);
		}
		body.options = list;
	}
	const defaultValue = String(this.getNodeParameter('additionalFields.default_value', '') ?? '');
	if (defaultValue !== '') body.default_value = defaultValue;
	assertDefaultIsOption(this, body);
	if (this.getNodeParameter('additionalFields.apply_default_to_existing_objects', false) === true) {
		if (body.default_value === undefined) {
			throw inputError(
				this.getNode(),
				"'Apply Default to Existing' needs a 'Default Value'",
				"Add 'Default Value' with the value existing projects or users should get, or turn 'Apply Default to Existing' off.",
				this.getItemIndex(),
			);
		}
		body.apply_default_to_existing_objects = true;
	}
	return options;
};

/**
 * preSend of Update: a name is not blank, new options are valid, an empty default value removes
 * the default (sent as null), and a new default is one of new options.
 */
export const sendUpdateFields: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const body = bodyOf(options);
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	checkName(this, body, false);
	if ('fieldOptions' in fields) {
		const list = optionList(this, 'updateFields.fieldOptions');
		if (!list.length) {
			throw inputError(
				this.getNode(),
				"'Options' is empty",
				"A selection list needs at least one option. Remove 'Options' from Update Fields to keep the current ones.",
				this.getItemIndex(),
			);
		}
		body.options = list;
	}
	if ('default_value' in fields) {
		const value = String(fields.default_value ?? '');
		body.default_value = value === '' ? null : value;
	}
	assertDefaultIsOption(this, body);
	return options;
};
