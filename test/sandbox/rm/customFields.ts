/**
 * Custom field definitions (`/custom_fields?namespace=assignables|users`) and the values of
 * projects and users. A value must name a field of the owner's namespace; selection lists accept
 * only their options; multiple-choice fields take an array that replaces the whole choice.
 * One value record per field and owner holds the (array) value: RM's exact representation of
 * multiple-choice values is undocumented.
 *
 * Definitions (§5.23): create needs namespace, data_type and name, and options (a non-empty list
 * of distinct texts) exactly for the selection types; a default value must be one of the options
 * (the docs' warning about removing the default's option); names are unique per namespace
 * (assumed); namespace and data_type are read-only on update. `apply_default_to_existing_objects`
 * is not stored: it gives every project and phase (or user) without a value the default once.
 * DELETE removes the field and all its values.
 */
import {
	badData,
	checkBody,
	deleted,
	newId,
	notFound,
	ok,
	page,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';
import { customFieldValuesOf } from './embeds';

export const RM_CUSTOM_FIELD_SEED = {
	region: 71,
	costCenter: 72,
	services: 73,
	badge: 81,
	seniority: 82,
	skills: 83,
	/** Values: project 1001 Region = EMEA, Services = [UX]; user 501 Seniority = Senior. */
	projectRegionValue: 9001,
	projectServicesValue: 9002,
	userSeniorityValue: 9003,
};

const S = RM_CUSTOM_FIELD_SEED;
const NAMESPACES = ['assignables', 'users'];

function seed(state: RmState): void {
	const field = (
		id: number,
		namespace: string,
		name: string,
		data_type: string,
		options: string[] = [],
	) =>
		state.customFields.set(id, {
			id,
			namespace,
			name,
			data_type,
			description: null,
			default_value: null,
			options,
			is_visible_on_info_page: true,
			is_visible_as_filter: false,
			...stamp(),
		});
	field(S.region, 'assignables', 'Region', 'selection_list', ['EMEA', 'AMER', 'APAC']);
	field(S.costCenter, 'assignables', 'Cost Center', 'string');
	field(S.services, 'assignables', 'Services', 'multiple_choice_selection_list', [
		'UX',
		'Backend',
		'Data',
	]);
	field(S.badge, 'users', 'Badge', 'string');
	field(S.seniority, 'users', 'Seniority', 'selection_list', ['Junior', 'Senior', 'Lead']);
	field(S.skills, 'users', 'Skills', 'multiple_choice_selection_list', ['TypeScript', 'Go', 'SQL']);
	state.customFieldValues.set(S.projectRegionValue, {
		id: S.projectRegionValue,
		custom_field_id: S.region,
		project_id: 1001,
		value: 'EMEA',
	});
	state.customFieldValues.set(S.projectServicesValue, {
		id: S.projectServicesValue,
		custom_field_id: S.services,
		project_id: 1001,
		value: ['UX'],
	});
	state.customFieldValues.set(S.userSeniorityValue, {
		id: S.userSeniorityValue,
		custom_field_id: S.seniority,
		user_id: 501,
		value: 'Senior',
	});
}

/** Checks a value against its field's type and options; a "bad data" answer or undefined. */
function checkValue(field: Rec, value: unknown) {
	const options = (field.options as string[]) ?? [];
	if (field.data_type === 'multiple_choice_selection_list') {
		if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
			return badData(`${String(field.name)} takes a list of options`);
		}
		const unknown = value.filter((v) => !options.includes(v as string));
		return unknown.length
			? badData(`${unknown.join(', ')} is not an option of ${String(field.name)}`)
			: undefined;
	}
	if (typeof value !== 'string') return badData(`${String(field.name)} takes a single text value`);
	if (field.data_type === 'selection_list' && !options.includes(value)) {
		return badData(`${value} is not an option of ${String(field.name)}`);
	}
	return undefined;
}

const OWNERS = [
	{
		path: 'projects',
		idKey: 'project_id',
		namespace: 'assignables',
		records: (state: RmState) => state.projects,
	},
	{ path: 'users', idKey: 'user_id', namespace: 'users', records: (state: RmState) => state.users },
] as const;

const DATA_TYPES = ['string', 'selection_list', 'multiple_choice_selection_list'];
const EDITABLE = [
	'name',
	'description',
	'default_value',
	'is_visible_on_info_page',
	'is_visible_as_filter',
	'options',
];

/** The rules of a (merged) definition; a "bad data" answer or undefined. */
function checkDefinition(state: RmState, field: Rec) {
	const errors: string[] = [];
	if (!NAMESPACES.includes(String(field.namespace)))
		errors.push('namespace must be assignables or users');
	if (!DATA_TYPES.includes(String(field.data_type)))
		errors.push(`invalid data_type: ${String(field.data_type)}`);
	if (typeof field.name !== 'string' || !field.name.trim()) errors.push("Name can't be blank");
	else if (
		[...state.customFields.values()].some(
			(f) => f.id !== field.id && f.namespace === field.namespace && f.name === field.name,
		)
	) {
		errors.push('Name has already been taken');
	}
	for (const key of ['description', 'default_value']) {
		if (field[key] !== null && field[key] !== undefined && typeof field[key] !== 'string')
			errors.push(`${key} must be a string`);
	}
	for (const key of ['is_visible_on_info_page', 'is_visible_as_filter']) {
		if (typeof field[key] !== 'boolean') errors.push(`${key} must be true or false`);
	}
	const options = field.options as unknown;
	if (field.data_type === 'string') {
		if (Array.isArray(options) && options.length)
			errors.push('options are only allowed for selection lists');
	} else if (
		field.data_type === 'selection_list' ||
		field.data_type === 'multiple_choice_selection_list'
	) {
		const valid =
			Array.isArray(options) &&
			options.length > 0 &&
			options.every((o) => typeof o === 'string' && o.trim()) &&
			new Set(options).size === options.length;
		if (!valid) errors.push('options must be a list of distinct texts for selection lists');
		else if (
			typeof field.default_value === 'string' &&
			!(options as string[]).includes(field.default_value)
		) {
			errors.push('Default value must be one of the options');
		}
	}
	return errors.length ? badData(...errors) : undefined;
}

/** Gives every project (and phase) or user without a value of `field` its default value. */
function applyDefault(state: RmState, field: Rec): void {
	const owner = OWNERS.find((o) => o.namespace === field.namespace)!;
	const has = new Set(
		[...state.customFieldValues.values()]
			.filter((v) => v.custom_field_id === field.id)
			.map((v) => v[owner.idKey]),
	);
	const value =
		field.data_type === 'multiple_choice_selection_list'
			? [field.default_value]
			: field.default_value;
	for (const id of owner.records(state).keys()) {
		if (has.has(id)) continue;
		const record: Rec = { id: newId(state), custom_field_id: field.id, [owner.idKey]: id, value };
		state.customFieldValues.set(record.id as number, record);
	}
}

export const customFieldRoutes: RmRouteModule = (state) => {
	seed(state);
	const valueRoutes = OWNERS.flatMap((owner) => {
		const valuesOf = (id: number) => customFieldValuesOf(state, owner.idKey, id);
		return [
			route('GET', `/${owner.path}/:id/custom_field_values`, (req, { id }) => {
				if (!owner.records(state).has(Number(id))) return notFound();
				return page(req, valuesOf(Number(id)));
			}),

			route('POST', `/${owner.path}/:id/custom_field_values`, (req, { id }) => {
				const ownerId = Number(id);
				if (!owner.records(state).has(ownerId)) return notFound();
				const invalid = checkBody(req.body, {
					allowed: ['custom_field_id', 'value'],
					required: ['custom_field_id'],
				});
				if (invalid) return invalid;
				const body = req.body as Rec;
				const field = state.customFields.get(Number(body.custom_field_id));
				if (!field || field.namespace !== owner.namespace)
					return badData('invalid custom_field_id');
				const bad = checkValue(field, body.value);
				if (bad) return bad;
				// One value per field and owner: setting it again replaces the value.
				const existing = valuesOf(ownerId).find((v) => v.custom_field_id === field.id);
				if (existing) {
					existing.value = body.value;
					return ok(existing);
				}
				const record: Rec = {
					id: newId(state),
					custom_field_id: field.id,
					[owner.idKey]: ownerId,
					value: body.value,
				};
				state.customFieldValues.set(record.id as number, record);
				return ok(record);
			}),

			route('PUT', `/${owner.path}/:id/custom_field_values/:valueId`, (req, { id, valueId }) => {
				const record = state.customFieldValues.get(Number(valueId));
				if (!owner.records(state).has(Number(id)) || !record || record[owner.idKey] !== Number(id))
					return notFound();
				const invalid = checkBody(req.body, { allowed: ['value'] });
				if (invalid) return invalid;
				const body = req.body as Rec;
				if (!('value' in body)) return badData("Value can't be blank");
				const bad = checkValue(
					state.customFields.get(record.custom_field_id as number)!,
					body.value,
				);
				if (bad) return bad;
				record.value = body.value;
				return ok(record);
			}),
		];
	});

	return [
		route('GET', '/custom_fields', (req) => {
			const namespace = req.query.namespace;
			if (typeof namespace !== 'string' || !NAMESPACES.includes(namespace)) {
				return badData('namespace must be assignables or users');
			}
			return page(
				req,
				[...state.customFields.values()].filter((f) => f.namespace === namespace),
			);
		}),
		route('GET', '/custom_fields/:id', (_req, { id }) => {
			const field = state.customFields.get(Number(id));
			return field ? ok(field) : notFound();
		}),
		route('POST', '/custom_fields', (req) => {
			const invalid = checkBody(req.body, {
				allowed: ['namespace', 'data_type', ...EDITABLE, 'apply_default_to_existing_objects'],
				required: ['namespace', 'data_type', 'name'],
			});
			if (invalid) return invalid;
			const { apply_default_to_existing_objects: applyToExisting, ...body } = req.body as Rec;
			if (applyToExisting !== undefined && typeof applyToExisting !== 'boolean') {
				return badData('apply_default_to_existing_objects must be true or false');
			}
			const field: Rec = {
				id: newId(state),
				namespace: null,
				name: null,
				data_type: null,
				description: null,
				default_value: null,
				options: [],
				is_visible_on_info_page: true,
				is_visible_as_filter: false,
				...body,
				...stamp(),
			};
			const bad = checkDefinition(state, field);
			if (bad) return bad;
			state.customFields.set(field.id as number, field);
			if (applyToExisting === true && typeof field.default_value === 'string')
				applyDefault(state, field);
			return ok(field);
		}),
		route('PUT', '/custom_fields/:id', (req, { id }) => {
			const field = state.customFields.get(Number(id));
			if (!field) return notFound();
			const invalid = checkBody(req.body, {
				allowed: EDITABLE,
				readOnly: ['namespace', 'data_type'],
			});
			if (invalid) return invalid;
			const bad = checkDefinition(state, { ...field, ...(req.body as Rec) });
			if (bad) return bad;
			Object.assign(field, req.body as Rec, { updated_at: stamp().updated_at });
			return ok(field);
		}),
		route('DELETE', '/custom_fields/:id', (_req, { id }) => {
			const fieldId = Number(id);
			if (!state.customFields.delete(fieldId)) return notFound();
			for (const [valueId, value] of state.customFieldValues)
				if (value.custom_field_id === fieldId) state.customFieldValues.delete(valueId);
			return deleted();
		}),
		...valueRoutes,
	];
};
