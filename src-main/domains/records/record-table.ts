import type { FieldValue, RecordValues } from '../../../src-shared/api';
import { isCustomField, onSchemaChange } from '../../../src-shared/customization';
import { ENTITIES, getEntity, type EntityDef, type FieldDef } from '../../../src-shared/entities';
import { fromDb, toDb, type DbValue } from './field-codec';

/**
 * How an entity's metadata maps onto its table: the columns, the SQL that
 * selects and writes them, and the FTS columns. Built once per entity.
 * Identifiers come from metadata only (checked here), never from a caller.
 */

export interface LookupJoin {
  readonly field: FieldDef;
  /** Table holding the target's display name: the target entity's table, or `principal` (users and teams) for owners. */
  readonly table: string;
  /** Name column in that table. */
  readonly nameColumn: 'display_name' | 'name';
  /** Whether the target is a synced record (tombstoned targets are hidden). */
  readonly record: boolean;
}

export interface RecordTable {
  readonly entity: EntityDef;
  readonly table: string;
  readonly ftsTable: string;
  readonly fields: readonly FieldDef[];
  readonly fieldByName: ReadonlyMap<string, FieldDef>;
  /** Fields a list row carries: all but long text. */
  readonly listFields: readonly FieldDef[];
  readonly lookups: readonly LookupJoin[];
  /** Regarding and party-list fields: references `"<entity>:<id>"` whose names are looked up after reading. */
  readonly refFields: readonly FieldDef[];
  /** Party-list fields, mirrored row by row in `record_party`. */
  readonly partyFields: readonly FieldDef[];
  /**
   * Searchable fields: the built-in ones, one FTS column each, then the
   * custom ones, which share the FTS table's last column, `custom`.
   */
  readonly ftsFields: readonly FieldDef[];
  /** `t.<col>` select expressions of every field, aliased by field name. */
  readonly fieldSelectSql: string;
  readonly insertSql: string;
  readonly ftsInsertSql: string;
  readonly ftsDeleteSql: string;
  readonly selectByIdSql: string;
}

const IDENT = /^[a-z][a-z0-9_]*$/;

export function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return `"${name}"`;
}

/** Select expression for a field's column on alias `t`; money is read as text to keep every digit. */
export function columnExpr(field: FieldDef, alias = 't'): string {
  const col = `${alias}.${quoteIdent(field.name)}`;
  return field.type === 'money' ? `CAST(${col} AS TEXT)` : col;
}

function buildTable(entity: EntityDef): RecordTable {
  const table = quoteIdent(entity.name);
  const ftsTable = quoteIdent(`${entity.name}_fts`);
  const fields = entity.fields;
  const ftsFields = [
    ...fields.filter((f) => f.searchable && !isCustomField(f)),
    ...fields.filter((f) => f.searchable && isCustomField(f)),
  ];
  // Record types whose FTS table has the shared `custom` column (every listed one since migration 007).
  const ftsColumns = [...ftsFields.filter((f) => !isCustomField(f)).map((f) => quoteIdent(f.name))];
  if (hasCustomColumn(entity)) ftsColumns.push('custom');
  const lookups: LookupJoin[] = fields.flatMap((field): LookupJoin[] => {
    if (field.type === 'lookup')
      return [{ field, table: quoteIdent(field.target), nameColumn: 'display_name', record: true }];
    if (field.type === 'user') return [{ field, table: 'principal', nameColumn: 'name', record: false }];
    return [];
  });
  const fieldSelectSql = fields.map((f) => `${columnExpr(f)} AS ${quoteIdent(f.name)}`).join(', ');
  const writeColumns = [
    'id',
    'display_name',
    ...fields.map((f) => f.name),
    'created_at',
    'created_by',
    'modified_at',
    'modified_by',
    '_clk',
  ];
  const insertSql =
    `INSERT INTO ${table} (${writeColumns.map((c) => (c === '_clk' ? '"_clk"' : quoteIdent(c))).join(', ')}) ` +
    `VALUES (${writeColumns.map(() => '?').join(', ')})`;
  const ftsInsertSql =
    `INSERT INTO ${ftsTable} (rowid, ${ftsColumns.join(', ')}) ` +
    `VALUES (?, ${ftsColumns.map(() => '?').join(', ')})`;
  return {
    entity,
    table,
    ftsTable,
    fields,
    fieldByName: new Map(fields.map((f) => [f.name, f])),
    listFields: fields.filter((f) => f.type !== 'multiline'),
    lookups,
    refFields: fields.filter((f) => f.type === 'regarding' || f.type === 'parties'),
    partyFields: fields.filter((f) => f.type === 'parties'),
    ftsFields,
    fieldSelectSql,
    insertSql,
    ftsInsertSql,
    ftsDeleteSql: `DELETE FROM ${ftsTable} WHERE rowid = ?`,
    selectByIdSql:
      `SELECT t.rowid AS "_rowid", t.id, t.display_name, ${fieldSelectSql}, t.created_at, t.created_by, ` +
      `t.modified_at, t.modified_by, t.deleted_at, t.deleted_by, t."_clk" FROM ${table} t WHERE t.id = ?`,
  };
}

const tables = new Map<string, RecordTable>();
// Custom fields change the columns: rebuild on next use.
onSchemaChange(() => tables.clear());

/** Internal record types (saved views, notes) take no custom fields and their FTS tables have no `custom` column. */
function hasCustomColumn(entity: EntityDef): boolean {
  return ENTITIES.some((e) => e.name === entity.name);
}

/** The table of an entity; throws for an unknown entity name. */
export function recordTable(entityName: string): RecordTable {
  let table = tables.get(entityName);
  if (!table) {
    table = buildTable(getEntity(entityName));
    tables.set(entityName, table);
  }
  return table;
}

/** Decodes the field columns of a row selected with `fieldSelectSql`. */
export function valuesFromRow(fields: readonly FieldDef[], row: Record<string, unknown>): RecordValues {
  const values: Record<string, FieldValue> = {};
  for (const field of fields) values[field.name] = fromDb(field, row[field.name]);
  return values;
}

/** Column values in the order of `insertSql`'s field columns. */
export function fieldParams(fields: readonly FieldDef[], values: RecordValues): DbValue[] {
  return fields.map((f) => toDb(f, values[f.name]));
}

/**
 * FTS column values, in the order of `ftsInsertSql`: one per built-in
 * searchable field, then all custom searchable text joined. Phone numbers are indexed twice, as written and as bare
 * digits, so "5550100" finds "+1 555-0100".
 */
export function ftsParams(table: RecordTable, values: RecordValues): (string | null)[] {
  const builtIn = table.ftsFields.filter((f) => !isCustomField(f)).map((f) => ftsText(f, values[f.name]));
  if (!hasCustomColumn(table.entity)) return builtIn;
  const custom = table.ftsFields
    .filter((f) => isCustomField(f))
    .map((f) => ftsText(f, values[f.name]))
    .filter((t): t is string => t !== null);
  return [...builtIn, custom.length > 0 ? custom.join(' ') : null];
}

function ftsText(field: FieldDef, value: FieldValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  if (field.type !== 'phone') return text;
  const digits = text.replace(/\D/g, '');
  return digits === text ? text : `${text} ${digits}`;
}
