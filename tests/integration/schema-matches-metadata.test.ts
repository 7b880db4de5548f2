import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type FieldType } from '../../src-shared/entities';
import { migrate } from '../../src-main/db';

/**
 * The migrations are frozen SQL and the entity metadata lives on: this test
 * is what keeps them in step. A field added to the metadata without a
 * migration adding its column fails here.
 */

const COLUMN_TYPE: Record<FieldType, string> = {
  text: 'TEXT',
  multiline: 'TEXT',
  email: 'TEXT',
  phone: 'TEXT',
  url: 'TEXT',
  integer: 'INTEGER',
  money: 'INTEGER',
  date: 'TEXT',
  boolean: 'INTEGER',
  choice: 'TEXT',
  lookup: 'TEXT',
  user: 'TEXT',
  datetime: 'TEXT',
  duration: 'INTEGER',
  multichoice: 'TEXT',
  regarding: 'TEXT',
  parties: 'TEXT',
};

describe('schema and entity metadata', () => {
  const db = new Database(':memory:');
  migrate(db);

  it.each(ENTITIES.map((e) => [e.name, e] as const))(
    '%s has a column of the right type for every field',
    (_name, entity) => {
      const columns = new Map(
        (
          db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(entity.name) as { name: string; type: string }[]
        ).map((c) => [c.name, c.type]),
      );
      for (const field of entity.fields) expect(columns.get(field.name), field.name).toBe(COLUMN_TYPE[field.type]);
      for (const system of [
        'id',
        'display_name',
        'created_at',
        'created_by',
        'modified_at',
        'modified_by',
        'deleted_at',
        'deleted_by',
        '_clk',
      ]) {
        expect(columns.has(system), system).toBe(true);
      }
    },
  );

  it.each(ENTITIES.map((e) => [e.name, e] as const))('%s has an FTS column per searchable field', (_name, entity) => {
    const columns = (
      db.prepare(`SELECT name FROM pragma_table_info(?)`).all(`${entity.name}_fts`) as { name: string }[]
    ).map((c) => c.name);
    // The last column, `custom`, holds the text of searchable custom fields (migration 007).
    expect(columns).toEqual([...entity.fields.filter((f) => f.searchable).map((f) => f.name), 'custom']);
  });

  it.each(ENTITIES.map((e) => [e.name, e] as const))(
    '%s has a live-rows index for every sortable field',
    (_name, entity) => {
      const indexes = db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?")
        .all(entity.name) as {
        name: string;
        sql: string | null;
      }[];
      for (const field of ['display_name', ...entity.fields.filter((f) => f.sortable).map((f) => f.name)]) {
        const index = indexes.find((i) => i.sql?.includes(`(${field}, id) WHERE deleted_at IS NULL`));
        expect(index, field).toBeDefined();
      }
    },
  );
});
