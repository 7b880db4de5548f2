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
  | 'user';

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
}

export interface LookupField extends FieldBase {
  readonly type: 'lookup';
  /** Entity name the id points at. */
  readonly target: string;
}

/** A reference to a user (owner). */
export interface UserField extends FieldBase {
  readonly type: 'user';
}

export type FieldDef =
  TextField | NumberField | MoneyField | DateField | BooleanField | ChoiceField | LookupField | UserField;

export type WorkArea = 'sales' | 'service' | 'marketing';

/** Site-map group inside a work area, in display order. */
export type SiteMapGroup = 'my-work' | 'customers' | 'sales' | 'collateral' | 'marketing' | 'service';

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
}
