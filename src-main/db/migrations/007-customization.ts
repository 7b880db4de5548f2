import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Customization: definitions of custom fields and custom activity types
 * (plain tables with ids, change times and HLC stamps so sync can carry
 * them later), and a `custom` column in each record type's FTS index.
 *
 * Custom field columns themselves are added later, one `ALTER TABLE … ADD
 * COLUMN cf_<name>` per field, in the transaction that stores the field's
 * definition. FTS5 tables cannot gain a column, so searchable custom fields
 * share one extra column, `custom`, holding all their text: a quick find
 * then matches words across built-in and custom fields alike. Adding it
 * means rebuilding the contentless indexes, so they are refilled here from
 * the rows (phones indexed as written and as bare digits, as the write path
 * does).
 */

interface FtsSpec {
  readonly table: string;
  readonly columns: readonly string[];
  readonly phones: readonly string[];
}

const FTS: readonly FtsSpec[] = [
  {
    table: 'account',
    columns: ['name', 'account_number', 'phone', 'email', 'address_city'],
    phones: ['phone'],
  },
  {
    table: 'contact',
    columns: ['first_name', 'last_name', 'business_phone', 'mobile_phone', 'email', 'address_city'],
    phones: ['business_phone', 'mobile_phone'],
  },
  { table: 'activity', columns: ['subject', 'phone_number'], phones: ['phone_number'] },
];

function indexed(value: unknown, phone: boolean): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  if (!phone) return text;
  const digits = text.replace(/\D/g, '');
  return digits === text ? text : `${text} ${digits}`;
}

function rebuildFts(db: BetterSqlite3.Database, spec: FtsSpec): void {
  const fts = `${spec.table}_fts`;
  db.exec(`DROP TABLE ${fts}`);
  db.exec(
    `CREATE VIRTUAL TABLE ${fts} USING fts5 (${spec.columns.join(', ')}, custom, ` +
      `content = '', contentless_delete = 1, prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 2')`,
  );
  const insert = db.prepare(
    `INSERT INTO ${fts} (rowid, ${spec.columns.join(', ')}, custom) VALUES (?, ${spec.columns.map(() => '?').join(', ')}, NULL)`,
  );
  // Read in rowid chunks: better-sqlite3 refuses writes on a connection
  // while one of its statements is still iterating.
  const page = db.prepare(
    `SELECT rowid AS rid, ${spec.columns.join(', ')} FROM ${spec.table} ` +
      'WHERE deleted_at IS NULL AND rowid > ? ORDER BY rowid LIMIT 5000',
  );
  let after = 0;
  for (;;) {
    const rows = page.all(after) as Record<string, unknown>[];
    if (rows.length === 0) break;
    for (const row of rows) {
      insert.run(row['rid'], ...spec.columns.map((c) => indexed(row[c], spec.phones.includes(c))));
    }
    after = Number(rows[rows.length - 1]!['rid']);
  }
}

export const migration007: Migration = {
  version: 7,
  name: 'customization',
  up(db) {
    db.exec(`
      CREATE TABLE custom_field (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        name TEXT NOT NULL COLLATE NOCASE,
        type TEXT NOT NULL,
        labels TEXT NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        searchable INTEGER NOT NULL CHECK (searchable IN (0, 1)),
        in_list INTEGER NOT NULL CHECK (in_list IN (0, 1)),
        section TEXT NOT NULL,
        choices TEXT NOT NULL,
        target TEXT,
        activity_type TEXT,
        important_date INTEGER NOT NULL CHECK (important_date IN (0, 1)),
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        _clk TEXT NOT NULL,
        UNIQUE (entity, name)
      ) STRICT;

      CREATE TABLE custom_activity_type (
        id TEXT PRIMARY KEY,
        value TEXT NOT NULL UNIQUE,
        labels TEXT NOT NULL,
        icon TEXT NOT NULL,
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        _clk TEXT NOT NULL
      ) STRICT;

      -- Upcoming birthdays are looked up by month and day.
      CREATE INDEX contact_birthday_month_day ON contact (substr(birthday, 6))
        WHERE deleted_at IS NULL AND birthday IS NOT NULL;
    `);
    for (const spec of FTS) rebuildFts(db, spec);
  },
};
