import type { Migration } from './types';

/**
 * A contact's anniversary, and indexes that keep a busy record's timeline
 * one page of reads whatever its size.
 *
 * - `contact.anniversary` is a calendar date like `birthday`; upcoming
 *   important dates look it up by month and day, as they do birthdays.
 * - The timeline shows the activities a record is a party to but not what
 *   they are about. A contact is usually a party to its own calls too, so
 *   reading its party rows meant reading every activity regarding it. Each
 *   `record_party` row now carries the record's `regarding` and creation
 *   time (`at`), kept by the write path with the rest of the row, and
 *   `record_party_as_party` holds only the rows naming someone other than
 *   what the record is about, in timeline order.
 * - Status changes of a record's activities are found by walking its
 *   activities most recently modified first (a status change is a
 *   modification, so none is later than its activity's `modified_at`),
 *   stopping once no older activity can change the page.
 */
export const migration010: Migration = {
  version: 10,
  name: 'timeline-important-dates',
  up(db) {
    db.exec(`
      ALTER TABLE contact ADD COLUMN anniversary TEXT;
      CREATE INDEX contact_anniversary_month_day ON contact (substr(anniversary, 6))
        WHERE deleted_at IS NULL AND anniversary IS NOT NULL;

      ALTER TABLE record_party ADD COLUMN regarding TEXT;
      ALTER TABLE record_party ADD COLUMN at TEXT;
      UPDATE record_party
        SET regarding = (SELECT a.regarding FROM activity a WHERE a.id = record_party.record_id),
            at = (SELECT a.created_at FROM activity a WHERE a.id = record_party.record_id)
        WHERE entity = 'activity';
      CREATE INDEX record_party_as_party ON record_party (party, entity, at, record_id)
        WHERE regarding IS NOT party;

      CREATE INDEX activity_live_by_regarding_modified ON activity (regarding, modified_at, id)
        WHERE deleted_at IS NULL;
    `);
  },
};
