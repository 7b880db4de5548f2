import type { Language } from '../api/app';

/**
 * Customizations an administrator makes at run time: fields added to record
 * types, activity types of their own and edited choice lists. They are
 * stored in the data file (tables `custom_field`, `custom_activity_type`
 * and `choice_option`) and merged into the
 * static entity metadata by `applyCustomizations`, so lists, forms,
 * filters, advanced find, export and search treat them like built-in ones.
 */

/** The field types an administrator can add. */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'multiline',
  'integer',
  'money',
  'date',
  'boolean',
  'choice',
  'multichoice',
  'lookup',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** User-written text in one or more UI languages; shown in the user's language, else in the first one given. */
export type LabelText = Readonly<Partial<Record<Language, string>>>;

export interface CustomChoice {
  /** Stored value, snake_case. */
  readonly value: string;
  readonly labels: LabelText;
}

/** Prefix of every custom field's column and API name, so it can never collide with a built-in field. */
export const CUSTOM_FIELD_PREFIX = 'cf_';
/** Prefix of custom activity type values. */
export const CUSTOM_TYPE_PREFIX = 'ct_';
/** Form section custom fields go to unless the administrator picks a built-in one. */
export const CUSTOM_SECTION = 'custom';

export interface CustomFieldDefinition {
  readonly id: string;
  readonly entity: string;
  /** Column and API name, always starting with `cf_`. */
  readonly name: string;
  readonly type: CustomFieldType;
  readonly labels: LabelText;
  readonly required: boolean;
  /** Included in quick find and global search (text types only). */
  readonly searchable: boolean;
  /** Shown as a column of the default list. */
  readonly inList: boolean;
  readonly section: string;
  readonly choices: readonly CustomChoice[];
  /** Entity a lookup points at. */
  readonly target: string | null;
  /** Custom activity type value this field belongs to (activity fields only). */
  readonly activityType: string | null;
  /** A contact's date field listed among the upcoming important dates (anniversaries and the like). */
  readonly importantDate: boolean;
  /** Hidden fields keep their column and data but are left out everywhere; they can be shown again. */
  readonly hidden: boolean;
}

export interface CustomActivityType {
  readonly id: string;
  /** Value of `activity_type`, starting with `ct_`. */
  readonly value: string;
  readonly labels: LabelText;
  /** One of `ACTIVITY_TYPE_ICON_CHOICES`. */
  readonly icon: string;
  readonly hidden: boolean;
}

/**
 * Built-in choice sets whose values an administrator edits: add values,
 * rename any value in each language, reorder, and hide one (it stays valid
 * for the records that hold it, but is no longer offered).
 */
export const EDITABLE_CHOICE_SETS = ['lead_source', 'sales_stage'] as const;
export type EditableChoiceSet = (typeof EDITABLE_CHOICE_SETS)[number];

/** Prefix of values an administrator adds to a choice list. */
export const CUSTOM_CHOICE_PREFIX = 'cc_';

/** One value of an edited choice list; a set's options, in order, describe it completely. */
export interface ChoiceListOption {
  readonly id: string;
  readonly choiceSet: string;
  readonly value: string;
  /** The administrator's names; a built-in value keeps its own label in every language left empty. */
  readonly labels: LabelText;
  readonly hidden: boolean;
}

export interface Customizations {
  readonly fields: readonly CustomFieldDefinition[];
  readonly activityTypes: readonly CustomActivityType[];
  /** Options of the edited choice lists, grouped by set and in each set's order. */
  readonly choiceLists: readonly ChoiceListOption[];
}

export const NO_CUSTOMIZATIONS: Customizations = { fields: [], activityTypes: [], choiceLists: [] };

/** Icons an administrator can give a custom activity type (all known to the renderer's icon map). */
export const ACTIVITY_TYPE_ICON_CHOICES = [
  'checkbox',
  'phone',
  'mail',
  'calendar-event',
  'letter',
  'tool',
  'message-reply',
  'speakerphone',
  'printer',
  'map-pin',
  'car',
  'presentation',
  'gift',
  'coffee',
  'star',
] as const;
