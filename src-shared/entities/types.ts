/**
 * Entity metadata: the single description of a record type that the database
 * schema, the validation rules, the list views, the record forms, search and
 * the site map are all derived from. Adding a record type means declaring one
 * of these, not writing a screen.
 */

export type FieldType =
  | 'text'
  | 'multiline'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'money'
  | 'date'
  | 'boolean'
  | 'choice'
  | 'lookup'
  | 'user'
  | 'datetime'
  | 'duration'
  | 'multichoice'
  | 'regarding'
  | 'parties';

/**
 * A field that only means something for some records of its type, e.g. a
 * phone call's direction: shown, validated and kept only while the
 * discriminator field (itself a choice) holds one of `values`. A field that
 * stops applying is cleared.
 */
export interface AppliesTo {
  readonly field: string;
  readonly values: readonly string[];
}

interface FieldBase {
  /** Column and API name, snake_case. */
  readonly name: string;
  readonly type: FieldType;
  /** i18n key of the label, e.g. `field.account.name`. */
  readonly label: string;
  readonly required?: boolean;
  /** Can the list be sorted by it (each sortable column has an index). */
  readonly sortable?: boolean;
  /** Indexed for quick find and global search. */
  readonly searchable?: boolean;
  /** Form section it is shown in (i18n key `section.<entity>.<section>`). */
  readonly section: string;
  readonly appliesTo?: AppliesTo;
  /**
   * Set by the record's rules, not typed by the user: the form shows it but
   * offers no input (e.g. a reminder time derived from the start and the
   * reminder offset). The write path still accepts it from code.
   */
  readonly readOnly?: boolean;
  /** Kept by the record's rules for their own bookkeeping; never shown in forms or lists. */
  readonly hidden?: boolean;
  /** What a new record's form starts with (the record's rules apply the same defaults on save). */
  readonly defaultValue?: string | number | boolean;
}

export interface TextField extends FieldBase {
  readonly type: 'text' | 'multiline' | 'email' | 'phone' | 'url';
  readonly maxLength: number;
}

export interface NumberField extends FieldBase {
  readonly type: 'integer';
  readonly min?: number;
  readonly max?: number;
}

/** Exact decimal, exchanged as a canonical decimal string ("1234.5"). */
export interface MoneyField extends FieldBase {
  readonly type: 'money';
}

/** Calendar date, exchanged as `YYYY-MM-DD`. */
export interface DateField extends FieldBase {
  readonly type: 'date';
}

export interface BooleanField extends FieldBase {
  readonly type: 'boolean';
}

export interface ChoiceField extends FieldBase {
  readonly type: 'choice';
  /** Stored values; labels are i18n keys `choice.<field.choices>.<value>`. */
  readonly choices: readonly string[];
  /** Name of the choice set in the i18n catalog. */
  readonly choiceSet: string;
  /** Icon name per value (shown beside the label in lists, menus and forms). */
  readonly icons?: Readonly<Record<string, string>>;
  /**
   * Which values fit the current value of another choice field, e.g. status
   * reasons per status. The form offers only those; saving refuses others.
   */
  readonly dependsOn?: { readonly field: string; readonly choices: Readonly<Record<string, readonly string[]>> };
  /** Values still valid (records hold them) but no longer offered for new input: hidden in an edited choice list. */
  readonly retired?: readonly string[];
}

/** Several choices at once: exchanged as a list of values, stored as JSON text. */
export interface MultiChoiceField extends FieldBase {
  readonly type: 'multichoice';
  readonly choices: readonly string[];
  readonly choiceSet: string;
  readonly retired?: readonly string[];
}

export interface LookupField extends FieldBase {
  readonly type: 'lookup';
  /** Entity name the id points at. */
  readonly target: string;
  /**
   * Offers only target records whose `field` equals this record's `source`
   * field (a product's default unit comes from the product's unit group).
   */
  readonly filterBy?: { readonly field: string; readonly source: string };
}

/** A reference to a user (owner). */
export interface UserField extends FieldBase {
  readonly type: 'user';
}

/** A moment in time, exchanged as a UTC ISO string `YYYY-MM-DDTHH:mm:ss.sssZ`, shown in the user's time zone. */
export interface DateTimeField extends FieldBase {
  readonly type: 'datetime';
}

/** A length of time in whole minutes (0 or more), shown as e.g. "1 h 30 min". */
export interface DurationField extends FieldBase {
  readonly type: 'duration';
}

/**
 * A reference to a record of one of several types, exchanged as
 * `"<entity>:<id>"` (e.g. `account:0190…`) and stored in one indexed column.
 */
export interface RegardingField extends FieldBase {
  readonly type: 'regarding';
  /** Entity names it may point at. */
  readonly targets: readonly string[];
}

/** `user` is not an entity: party lists may name users (the `users` table) besides records. */
export const USER_PARTY = 'user';

/**
 * A list of references `"<entity>:<id>"` to contacts, accounts and users
 * (the attendees of an appointment, the recipients of an e-mail). Stored as
 * JSON in the row and mirrored, one row per party, in the `record_party`
 * side table so "activities this contact attends" is an indexed query.
 */
export interface PartiesField extends FieldBase {
  readonly type: 'parties';
  /** Entity names (or `user`) a party may be. */
  readonly targets: readonly string[];
}

export type FieldDef =
  | TextField
  | NumberField
  | MoneyField
  | DateField
  | BooleanField
  | ChoiceField
  | LookupField
  | UserField
  | DateTimeField
  | DurationField
  | MultiChoiceField
  | RegardingField
  | PartiesField;

export type WorkArea = 'sales' | 'service' | 'marketing';

/** Site-map group inside a work area, in display order. */
export type SiteMapGroup = 'my-work' | 'customers' | 'sales' | 'analytics' | 'collateral' | 'marketing' | 'service';

export interface SiteMapEntry {
  readonly area: WorkArea;
  readonly group: SiteMapGroup;
  /** Position inside the group. */
  readonly order: number;
}

export interface RelatedList {
  /** Child entity. */
  readonly entity: string;
  /** Lookup field on the child pointing at this record. */
  readonly via: string;
  /** i18n key of the tab/section title. */
  readonly label: string;
  /** Shown only on records whose discriminator holds one of the values (e.g. a series' occurrences). */
  readonly appliesTo?: AppliesTo;
  /** Columns besides the name (default: the child's first list columns). */
  readonly columns?: readonly string[];
  /** Order of the rows (default: by name); the field must be sortable. */
  readonly sort?: { readonly field: string; readonly dir: 'asc' | 'desc' };
}

export interface EntityDef {
  /** Entity name, singular snake_case; also the table name. */
  readonly name: string;
  /** URL segment, plural kebab-case, e.g. `accounts`. */
  readonly route: string;
  /** i18n keys of the singular and plural labels. */
  readonly label: string;
  readonly pluralLabel: string;
  /** Icon name understood by the renderer's icon map. */
  readonly icon: string;
  readonly siteMap: readonly SiteMapEntry[];
  readonly fields: readonly FieldDef[];
  /**
   * How the record's display name is built from its fields; stored in the
   * `display_name` column, which lists sort on by default, lookups show and
   * search indexes.
   */
  readonly displayName: readonly string[];
  /** Default list columns in order (`display_name` is always first). */
  readonly listColumns: readonly string[];
  /** Second line in lookups and search results. */
  readonly detailFields: readonly string[];
  readonly relatedLists: readonly RelatedList[];
  /** Ordered form sections (keys into `section.<entity>.<section>`). */
  readonly sections: readonly string[];
  /**
   * The choice field that decides which other fields a record has (an
   * activity's type): "New" asks for it first, and it cannot change later.
   */
  readonly typeField?: string;
  /**
   * Fields only the record type's commands write (status, document numbers,
   * totals worked out from lines): the generic create and update refuse them
   * and forms show them read-only.
   */
  readonly commandFields?: readonly string[];
}

/**
 * A page of a work area's site map that is not a record list (a report, a
 * calendar), addressed as `#/<area>/<route>`.
 */
export interface SiteMapPage {
  /** Also the renderer's key for the page component. */
  readonly name: string;
  readonly route: string;
  /** i18n key of the title. */
  readonly label: string;
  readonly icon: string;
  readonly siteMap: readonly SiteMapEntry[];
  /** Work areas that open on this page (`#/<area>`) rather than on their first record list. */
  readonly homeOf?: readonly WorkArea[];
}

/**
 * The values a form offers for a choice field: all but the retired ones,
 * except the value the record already holds, which stays selectable so
 * that opening and saving a record never changes it.
 */
export function offeredChoices(field: ChoiceField | MultiChoiceField, current?: unknown): readonly string[] {
  const retired = field.retired;
  if (!retired || retired.length === 0) return field.choices;
  const held = new Set(Array.isArray(current) ? current : [current]);
  return field.choices.filter((c) => !retired.includes(c) || held.has(c));
}
