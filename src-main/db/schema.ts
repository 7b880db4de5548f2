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
  /** 1 or 0 (migration 008): a deactivated user keeps their records and history but can no longer be chosen. */
  active: number;
  modified_at: string;
  modified_by: string | null;
  /** JSON: field name -> HLC stamp, as in record tables. */
  _clk: string;
}

/** Teams (migration 008): tombstoned, never removed. */
export interface TeamTable {
  id: string;
  name: string;
  description: string | null;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  _clk: string;
}

/** A user's membership of a team; removing it sets `deleted_at`. */
export interface TeamMemberTable {
  team_id: string;
  user_id: string;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  _clk: string;
}

/** A record shared with a user or a team; unsharing sets `deleted_at`. */
export interface RecordShareTable {
  id: string;
  entity: string;
  record_id: string;
  principal_type: 'user' | 'team';
  principal_id: string;
  access: 'read' | 'write';
  shared_at: string;
  shared_by: string;
  modified_at: string;
  modified_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  _clk: string;
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

/** What an audit row records: a change (as in the outbox) or a merge of two records. */
export type AuditAction = ChangeOp | 'merge';

export interface AuditTable {
  id: Generated<number>;
  tx_id: string;
  entity: string;
  record_id: string;
  at: string;
  user_id: string;
  action: AuditAction;
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
  /** Migration 010. */
  anniversary: string | null;
  preferred_contact_method: string | null;
  /** 0 or 1. */
  do_not_email: number | null;
  do_not_phone: number | null;
  description: string | null;
}

/** Moments are canonical UTC ISO text; lists (multi-choice, parties) are JSON arrays. */
export interface ActivityTable extends RecordSystemColumns {
  activity_type: string | null;
  subject: string | null;
  /** `"<entity>:<id>"` */
  regarding: string | null;
  from: string | null;
  to: string | null;
  cc: string | null;
  organizer: string | null;
  required_attendees: string | null;
  optional_attendees: string | null;
  customers: string | null;
  direction: string | null;
  phone_number: string | null;
  fax_number: string | null;
  address: string | null;
  location: string | null;
  channel: string | null;
  response_code: string | null;
  due_date: string | null;
  scheduled_start: string | null;
  scheduled_end: string | null;
  /** Minutes. */
  scheduled_duration: number | null;
  actual_start: string | null;
  actual_end: string | null;
  actual_duration: number | null;
  reminder: string | null;
  reminder_at: string | null;
  recurrence_frequency: string | null;
  recurrence_interval: number | null;
  recurrence_weekdays: string | null;
  recurrence_monthly_by: string | null;
  recurrence_end: string | null;
  recurrence_count: number | null;
  recurrence_until: string | null;
  time_zone: string | null;
  /** Space-separated local dates whose occurrence was deleted. */
  recurrence_skipped: string | null;
  series_id: string | null;
  original_start: string | null;
  /** 0 or 1. */
  is_exception: number | null;
  status: string | null;
  status_reason: string | null;
  priority: string | null;
  body: string | null;
  description: string | null;
}

/** One party (`"<entity>:<id>"`) of a party-list field, mirrored from the record's JSON by the write path. */
export interface RecordPartyTable {
  entity: string;
  record_id: string;
  field: string;
  position: number;
  party: string;
  /** The record's own `regarding` (migration 010): parties that are only what the record is about are told apart. */
  regarding: string | null;
  /** The record's `created_at` (migration 010): the timeline reads party rows in its order. */
  at: string | null;
}

/** This device's snooze/dismiss state of one reminder time of an activity (local, never synced). */
export interface ReminderStateTable {
  activity_id: string;
  reminder_at: string;
  snoozed_until: string | null;
  dismissed_at: string | null;
}

/** One match key of a live record under one duplicate-detection rule, kept by the write path. */
export interface DuplicateKeyTable {
  entity: string;
  rule: string;
  key: string;
  record_id: string;
}

/** Saved views (migration 004); columns, sort and criteria are JSON text. */
export interface SavedViewTable extends RecordSystemColumns {
  entity: string | null;
  name: string | null;
  /** `personal` or `system`. */
  scope: string | null;
  columns: string | null;
  sort: string | null;
  criteria: string | null;
}

export interface DatabaseSchema {
  meta: MetaTable;
  settings: SettingsTable;
  users: UsersTable;
  team: TeamTable;
  team_member: TeamMemberTable;
  record_share: RecordShareTable;
  outbox: OutboxTable;
  audit: AuditTable;
  account: AccountTable;
  contact: ContactTable;
  activity: ActivityTable;
  record_party: RecordPartyTable;
  reminder_state: ReminderStateTable;
  duplicate_key: DuplicateKeyTable;
  saved_view: SavedViewTable;
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
