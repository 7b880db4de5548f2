import { AppError, validationError, type FieldIssue } from '../../../src-shared/api';
import type { AddFieldInput, SaveActivityTypeInput } from '../../../src-shared/api/customization';
import {
  activateCustomizations,
  customColumnName,
  CUSTOM_SECTION,
  CUSTOM_TYPE_PREFIX,
  fieldNameProblem,
  labelIn,
  suggestFieldName,
  type CustomChoice,
  type CustomFieldType,
  type Customizations,
  type LabelText,
} from '../../../src-shared/customization';
import { ENTITIES, getEntity } from '../../../src-shared/entities';
import { en, messageAt } from '../../../src-shared/i18n';
import type { WriteContext } from '../records/write-context';
import { quoteIdent } from '../records/record-table';
import { readCustomizations } from './definitions';
import { reindexSearch } from './reindex-search';

/**
 * Changes to the schema an administrator makes: adding a custom field
 * (its definition row and its column, plus an index when lists sort or
 * filter on it, in one transaction), hiding or showing one again (its
 * column and data are kept: nothing typed is ever dropped), and custom
 * activity types. After the commit the effective metadata is rebuilt and
 * `onChanged` tells the windows.
 */

export interface SchemaContext {
  readonly writer: WriteContext;
  readonly isAdministrator: boolean;
  readonly onChanged: (custom: Customizations) => void;
}

const COLUMN_SQL: Readonly<Record<CustomFieldType, string>> = {
  text: 'TEXT COLLATE NOCASE',
  multiline: 'TEXT',
  integer: 'INTEGER',
  money: 'INTEGER',
  date: 'TEXT',
  boolean: 'INTEGER CHECK ({col} IN (0, 1))',
  choice: 'TEXT',
  multichoice: 'TEXT',
  lookup: 'TEXT',
};
/** Types lists sort and filter on: their columns get a live-rows index. */
const INDEXED: readonly CustomFieldType[] = ['text', 'integer', 'money', 'date', 'boolean', 'choice', 'lookup'];
const SEARCHABLE: readonly CustomFieldType[] = ['text', 'multiline'];
const CHOICE_TYPES: readonly CustomFieldType[] = ['choice', 'multichoice'];
const VALUE_SHAPE = /^[a-z][a-z0-9_]*$/;

export function requireAdministrator(ctx: SchemaContext): void {
  if (!ctx.isAdministrator) {
    throw new AppError(
      'FORBIDDEN',
      'customization.error.admin_only',
      'Only an administrator can change customizations.',
    );
  }
}

function issue(path: string, messageKey: string, message: string): FieldIssue {
  return { path: [path], messageKey, message };
}

function hasLabel(labels: LabelText): boolean {
  return labelIn(labels, 'en').trim().length > 0;
}

function choicesOf(input: AddFieldInput, issues: FieldIssue[]): CustomChoice[] {
  const given = input.choices ?? [];
  if (given.length === 0) {
    issues.push(issue('choices', 'customization.error.no_choices', 'Add at least one choice.'));
    return [];
  }
  const used = new Set<string>();
  return given.map((choice, i) => {
    if (!hasLabel(choice.labels)) {
      issues.push(issue('choices', 'customization.error.choice_label', 'Every choice needs a label.'));
    }
    const typed = choice.value?.trim().toLowerCase() ?? '';
    let value = VALUE_SHAPE.test(typed) ? typed : suggestFieldName(choice.labels.en ?? '') || `option_${i + 1}`;
    if (used.has(value)) {
      if (VALUE_SHAPE.test(typed)) {
        issues.push(issue('choices', 'customization.error.choice_duplicate', 'Two choices have the same value.'));
      }
      value = `${value}_${i + 1}`;
    }
    used.add(value);
    return { value, labels: choice.labels };
  });
}

export function addCustomField(ctx: SchemaContext, input: AddFieldInput): Customizations {
  requireAdministrator(ctx);
  const { db } = ctx.writer;
  const entity = getEntity(input.entity);
  const stored = readCustomizations(db);
  const issues: FieldIssue[] = [];
  const hiddenNames = stored.fields.filter((f) => f.entity === entity.name && f.hidden).map((f) => f.name);
  const problem = fieldNameProblem(entity, input.name, hiddenNames);
  if (problem) {
    const key = `customization.error.name_${problem}`;
    // The renderer shows the message in the user's language from the key; this English text is for other callers.
    issues.push(issue('name', key, messageAt(en, key) ?? `The field name cannot be used (${problem}).`));
  }
  if (!hasLabel(input.labels)) issues.push(issue('labels', 'customization.error.no_label', 'Enter a label.'));
  const choices = CHOICE_TYPES.includes(input.type) ? choicesOf(input, issues) : [];
  let target: string | null = null;
  if (input.type === 'lookup') {
    target = input.target ?? null;
    if (!target || !ENTITIES.some((e) => e.name === target)) {
      issues.push(issue('target', 'customization.error.no_target', 'Choose the record type the lookup points at.'));
    }
  }
  const section = input.section ?? CUSTOM_SECTION;
  if (section !== CUSTOM_SECTION && !entity.sections.includes(section)) {
    issues.push(issue('section', 'customization.error.bad_section', 'Choose one of the form sections.'));
  }
  const activityType = input.activityType ?? null;
  if (activityType !== null && (!entity.typeField || !stored.activityTypes.some((t) => t.value === activityType))) {
    issues.push(
      issue('activityType', 'customization.error.bad_activity_type', 'Choose one of the custom activity types.'),
    );
  }
  if (issues.length > 0) throw validationError(issues);

  const name = customColumnName(input.name);
  const col = quoteIdent(name);
  const table = quoteIdent(entity.name);
  const w = ctx.writer;
  const at = new Date(w.now()).toISOString();
  db.transaction(() => {
    db.raw.exec(`ALTER TABLE ${table} ADD COLUMN ${col} ${COLUMN_SQL[input.type].replace('{col}', col)}`);
    if (INDEXED.includes(input.type)) {
      db.raw.exec(
        `CREATE INDEX ${quoteIdent(`${entity.name}_live_by_${name}`)} ON ${table} (${col}, id) WHERE deleted_at IS NULL`,
      );
    }
    const importantDate = input.importantDate === true && input.type === 'date' && entity.name === 'contact';
    if (importantDate) {
      // Upcoming dates look rows up by month and day.
      db.raw.exec(
        `CREATE INDEX ${quoteIdent(`${entity.name}_month_day_${name}`)} ON ${table} (substr(${col}, 6)) ` +
          `WHERE deleted_at IS NULL AND ${col} IS NOT NULL`,
      );
    }
    const position = (db.stmt('SELECT COUNT(*) AS n FROM custom_field').get() as { n: number }).n;
    db.stmt(
      `INSERT INTO custom_field (id, entity, name, type, labels, required, searchable, in_list, section, choices, target,
        activity_type, important_date, hidden, position, created_at, created_by, modified_at, modified_by, _clk)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    ).run(
      w.newId(),
      entity.name,
      name,
      input.type,
      JSON.stringify(input.labels),
      input.required === true ? 1 : 0,
      input.searchable === true && SEARCHABLE.includes(input.type) ? 1 : 0,
      input.inList === true ? 1 : 0,
      section,
      JSON.stringify(choices),
      target,
      activityType,
      importantDate ? 1 : 0,
      position,
      at,
      w.userId(),
      at,
      w.userId(),
      w.clock.stamp(),
    );
    w.clock.persist();
  });
  return activated(ctx);
}

export function setCustomFieldHidden(ctx: SchemaContext, id: string, hidden: boolean): Customizations {
  requireAdministrator(ctx);
  const { db } = ctx.writer;
  const field = readCustomizations(db).fields.find((f) => f.id === id);
  if (!field) throw new AppError('NOT_FOUND', 'customization.error.field_not_found', 'There is no such custom field.');
  if (field.hidden === hidden) return readCustomizations(db);
  const w = ctx.writer;
  const at = new Date(w.now()).toISOString();
  db.transaction(() => {
    db.stmt('UPDATE custom_field SET hidden = ?, modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?').run(
      hidden ? 1 : 0,
      at,
      w.userId(),
      w.clock.stamp(),
      id,
    );
    w.clock.persist();
  });
  const custom = activated(ctx);
  // A hidden field's text leaves search; shown again, it comes back.
  if (field.searchable) reindexSearch(db, field.entity);
  return custom;
}

function typeValue(labels: LabelText, taken: ReadonlySet<string>): string {
  const stem = `${CUSTOM_TYPE_PREFIX}${suggestFieldName(labels.en ?? '') || 'type'}`.slice(0, 40);
  let value = stem;
  for (let n = 2; taken.has(value); n += 1) value = `${stem}_${n}`;
  return value;
}

export function saveActivityType(ctx: SchemaContext, input: SaveActivityTypeInput): Customizations {
  requireAdministrator(ctx);
  const { db } = ctx.writer;
  if (!hasLabel(input.labels)) {
    throw validationError([issue('labels', 'customization.error.no_label', 'Enter a label.')]);
  }
  const stored = readCustomizations(db).activityTypes;
  const w = ctx.writer;
  const at = new Date(w.now()).toISOString();
  db.transaction(() => {
    if (input.id) {
      const result = db
        .stmt(
          'UPDATE custom_activity_type SET labels = ?, icon = ?, hidden = ?, modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?',
        )
        .run(JSON.stringify(input.labels), input.icon, input.hidden ? 1 : 0, at, w.userId(), w.clock.stamp(), input.id);
      if (result.changes === 0) {
        throw new AppError('NOT_FOUND', 'customization.error.type_not_found', 'There is no such activity type.');
      }
    } else {
      const value = typeValue(input.labels, new Set(stored.map((t) => t.value)));
      db.stmt(
        `INSERT INTO custom_activity_type (id, value, labels, icon, hidden, position, created_at, created_by, modified_at,
          modified_by, _clk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        w.newId(),
        value,
        JSON.stringify(input.labels),
        input.icon,
        input.hidden ? 1 : 0,
        stored.length,
        at,
        w.userId(),
        at,
        w.userId(),
        w.clock.stamp(),
      );
    }
    w.clock.persist();
  });
  return activated(ctx);
}

/** Makes the stored customizations effective in this process and tells the windows. */
export function activated(ctx: SchemaContext): Customizations {
  const custom = readCustomizations(ctx.writer.db);
  activateCustomizations(custom);
  ctx.onChanged(custom);
  return custom;
}
