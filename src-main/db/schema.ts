import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Kysely types of the schema the migrations build (latest version). Nullable
 * columns are `T | null`, never optional. Money columns hold the amount
 * scaled by 10^4 as an INTEGER; they are read as text (`CAST(... AS TEXT)`)
 * because amounts above 2^53 would lose digits as JS numbers.
 */

export interface MetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
}

export type UserRole = 'administrator' | 'user';

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  created_at: string;
}

export type ChangeOp = 'create' | 'update' | 'delete' | 'restore';

export interface OutboxTable {
  seq: Generated<number>;
  tx_id: string;
  entity: string;
  record_id: string;
  op: ChangeOp;
  /** Null for whole-record entries (bulk create, delete, restore). */
  field: string | null;
  /** JSON of the new value (or of all values for a whole-record create). */
  value: string | null;
  hlc: string;
  /** The field's stamp the change was made on top of; null for new records. */
  base_hlc: string | null;
  created_at: string;
}

export interface AuditTable {
  id: Generated<number>;
  tx_id: string;
  entity: string;
  record_id: string;
  at: string;
  user_id: string;
  action: ChangeOp;
  field: string | null;
  /** JSON. */
  old_value: string | null;
  /** JSON. */
  new_value: string | null;
}

type Money = ColumnType<bigint | number, bigint | number | null, bigint | number | null>;

/** Columns every synced record table has. */
export interface RecordSystemColumns {
  id: string;
  display_name: string;
  owner_id: string | null;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  /** JSON: field name -> HLC stamp; `*` is the stamp of every field not listed. */
  _clk: string;
}

export interface AccountTable extends RecordSystemColumns {
  name: string | null;
  account_number: string | null;
  relationship_type: string | null;
  industry: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  address_street: string | null;
  address_city: string | null;
  address_state: string | null;
  address_postal_code: string | null;
  address_country: string | null;
  parent_account_id: string | null;
  primary_contact_id: string | null;
  annual_revenue: Money | null;
  employees: number | null;
  description: string | null;
}

export interface ContactTable extends RecordSystemColumns {
  first_name: string | null;
  last_name: string | null;
  job_title: string | null;
  account_id: string | null;
  business_phone: string | null;
  mobile_phone: string | null;
  email: string | null;
  address_street: string | null;
  address_city: string | null;
  address_state: string | null;
  address_postal_code: string | null;
  address_country: string | null;
  birthday: string | null;
  preferred_contact_method: string | null;
  /** 0 or 1. */
  do_not_email: number | null;
  do_not_phone: number | null;
  description: string | null;
}

export interface DatabaseSchema {
  meta: MetaTable;
  settings: SettingsTable;
  users: UsersTable;
  outbox: OutboxTable;
  audit: AuditTable;
  account: AccountTable;
  contact: ContactTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type OutboxEntry = Selectable<OutboxTable>;
export type NewOutboxEntry = Insertable<OutboxTable>;
export type AuditEntry = Selectable<AuditTable>;
export type NewAuditEntry = Insertable<AuditTable>;
export type AccountRow = Selectable<AccountTable>;
export type ContactRow = Selectable<ContactTable>;
export type SettingRow = Selectable<SettingsTable>;
export type SettingUpdate = Updateable<SettingsTable>;
