import type { Migration } from './types';

/**
 * Activities: one table for every activity type (`activity_type` tells them
 * apart), the `record_party` side table, and local reminder state.
 *
 * - Moments (`due_date`, `scheduled_start`…) are TEXT in the canonical UTC
 *   form `YYYY-MM-DDTHH:mm:ss.sssZ`, so text order is time order and the
 *   indexes serve ranges. Durations are INTEGER minutes.
 * - Multi-choice values and party lists are JSON arrays in TEXT columns.
 *   Each party is also one row of `record_party`, written by the write path
 *   in the same transaction, so "activities this contact attends" is an
 *   indexed lookup by party rather than a scan of JSON. Rows of tombstoned
 *   records are removed and come back on restore, as with the FTS index.
 * - `regarding` holds `"<entity>:<id>"`; its index serves a record's
 *   timeline newest first (ids are UUIDv7, so id order is creation order).
 * - `reminder_at` is derived by the activity rules (start or due minus the
 *   reminder offset); the partial index holds only open, live activities
 *   with a reminder, the ones the reminder check reads.
 * - `reminder_state` is this device's snooze/dismiss state, never synced:
 *   a row is about one reminder time, so moving the activity (a new
 *   `reminder_at`) makes the reminder fire again.
 */
export const migration003: Migration = {
  version: 3,
  name: 'activities',
  up(db) {
    db.exec(`
      CREATE TABLE activity (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        activity_type TEXT,
        subject TEXT COLLATE NOCASE,
        regarding TEXT,
        "from" TEXT,
        "to" TEXT,
        cc TEXT,
        organizer TEXT,
        required_attendees TEXT,
        optional_attendees TEXT,
        customers TEXT,
        direction TEXT,
        phone_number TEXT COLLATE NOCASE,
        fax_number TEXT COLLATE NOCASE,
        address TEXT,
        location TEXT COLLATE NOCASE,
        channel TEXT,
        response_code TEXT,
        due_date TEXT,
        scheduled_start TEXT,
        scheduled_end TEXT,
        scheduled_duration INTEGER,
        actual_start TEXT,
        actual_end TEXT,
        actual_duration INTEGER,
        reminder TEXT,
        reminder_at TEXT,
        recurrence_frequency TEXT,
        recurrence_interval INTEGER,
        recurrence_weekdays TEXT,
        recurrence_monthly_by TEXT,
        recurrence_end TEXT,
        recurrence_count INTEGER,
        recurrence_until TEXT,
        time_zone TEXT,
        recurrence_skipped TEXT,
        series_id TEXT,
        original_start TEXT,
        is_exception INTEGER CHECK (is_exception IN (0, 1)),
        status TEXT,
        status_reason TEXT,
        priority TEXT,
        owner_id TEXT,
        body TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX activity_live_by_display_name ON activity (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_activity_type ON activity (activity_type, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_subject ON activity (subject, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_status ON activity (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_priority ON activity (priority, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_due_date ON activity (due_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_scheduled_start ON activity (scheduled_start, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_scheduled_end ON activity (scheduled_end, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_actual_end ON activity (actual_end, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_actual_duration ON activity (actual_duration, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_regarding ON activity (regarding, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_series ON activity (series_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_live_by_owner ON activity (owner_id, status, id) WHERE deleted_at IS NULL;
      CREATE INDEX activity_completed_by_owner ON activity (owner_id, actual_end)
        WHERE deleted_at IS NULL AND status = 'completed';
      CREATE INDEX activity_reminders ON activity (reminder_at)
        WHERE deleted_at IS NULL AND status = 'open' AND reminder_at IS NOT NULL;
      CREATE INDEX activity_deleted ON activity (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE activity_fts USING fts5 (
        subject, phone_number,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE record_party (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        position INTEGER NOT NULL,
        party TEXT NOT NULL,
        PRIMARY KEY (entity, record_id, field, position)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX record_party_by_party ON record_party (party, entity, field, record_id);

      CREATE TABLE reminder_state (
        activity_id TEXT PRIMARY KEY,
        reminder_at TEXT NOT NULL,
        snoozed_until TEXT,
        dismissed_at TEXT
      ) STRICT;
    `);
  },
};
