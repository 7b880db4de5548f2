import type { Migration } from './types';

/**
 * Accounts and contacts: one column per field, the system columns every
 * synced record has, a contentless FTS5 index per table keyed by the row's
 * rowid, and for every sortable column a partial index `(column, id) WHERE
 * deleted_at IS NULL` that serves keyset paging over live rows.
 *
 * - Field columns are nullable even where the field is required: whether a
 *   field is required is a rule that may be relaxed later, and SQLite cannot
 *   change a column constraint without rebuilding the table.
 * - Text columns users sort and filter on are COLLATE NOCASE, so "apple"
 *   sorts beside "Apple" and the indexes serve case-insensitive prefixes.
 * - Money is an INTEGER holding the amount times 10^4 (exact, 4 decimals).
 * - `_clk` holds the per-field HLC stamps as JSON (`*` = every other field).
 */
export const migration002: Migration = {
  version: 2,
  name: 'accounts-contacts',
  up(db) {
    db.exec(`
      CREATE TABLE account (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        account_number TEXT COLLATE NOCASE,
        relationship_type TEXT,
        industry TEXT,
        phone TEXT COLLATE NOCASE,
        email TEXT COLLATE NOCASE,
        website TEXT COLLATE NOCASE,
        address_street TEXT COLLATE NOCASE,
        address_city TEXT COLLATE NOCASE,
        address_state TEXT COLLATE NOCASE,
        address_postal_code TEXT COLLATE NOCASE,
        address_country TEXT COLLATE NOCASE,
        parent_account_id TEXT,
        primary_contact_id TEXT,
        annual_revenue INTEGER,
        employees INTEGER,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX account_live_by_display_name ON account (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_name ON account (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_account_number ON account (account_number, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_relationship_type ON account (relationship_type, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_industry ON account (industry, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_phone ON account (phone, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_email ON account (email, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_address_city ON account (address_city, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_address_country ON account (address_country, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_annual_revenue ON account (annual_revenue, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_employees ON account (employees, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_live_by_parent ON account (parent_account_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX account_deleted ON account (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE account_fts USING fts5 (
        name, account_number, phone, email, address_city,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE contact (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        first_name TEXT COLLATE NOCASE,
        last_name TEXT COLLATE NOCASE,
        job_title TEXT COLLATE NOCASE,
        account_id TEXT,
        business_phone TEXT COLLATE NOCASE,
        mobile_phone TEXT COLLATE NOCASE,
        email TEXT COLLATE NOCASE,
        address_street TEXT COLLATE NOCASE,
        address_city TEXT COLLATE NOCASE,
        address_state TEXT COLLATE NOCASE,
        address_postal_code TEXT COLLATE NOCASE,
        address_country TEXT COLLATE NOCASE,
        birthday TEXT,
        preferred_contact_method TEXT,
        do_not_email INTEGER CHECK (do_not_email IN (0, 1)),
        do_not_phone INTEGER CHECK (do_not_phone IN (0, 1)),
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX contact_live_by_display_name ON contact (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_first_name ON contact (first_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_last_name ON contact (last_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_job_title ON contact (job_title, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_business_phone ON contact (business_phone, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_email ON contact (email, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_address_city ON contact (address_city, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_address_country ON contact (address_country, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_live_by_account ON contact (account_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX contact_deleted ON contact (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE contact_fts USING fts5 (
        first_name, last_name, business_phone, mobile_phone, email, address_city,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
