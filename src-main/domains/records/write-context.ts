import type { EventPayloads, RecordValues } from '../../../src-shared/api';
import type { DeviceClock, SqlDb } from '../../db';

/** A record the write path has just written, as the after-write step sees it. */
export interface WrittenRecord {
  readonly op: 'create' | 'update' | 'delete' | 'restore';
  readonly entity: string;
  readonly id: string;
  /** The values before the change; null on create. */
  readonly before: RecordValues | null;
  /** The values after the change (for delete and restore: the stored values). */
  readonly after: RecordValues;
  /** Fields whose value changed (every field with a value on create). */
  readonly changed: readonly string[];
}

/**
 * Work a domain does in the same transaction as a write, e.g. a recurring
 * series (re)generating its occurrences. It writes through `mutateRecord`
 * with the context it is given; a throw rolls the whole write back.
 */
export type AfterWrite = (ctx: WriteContext, written: WrittenRecord) => void;

/** Everything the write path needs; built once per open database. */
export interface WriteContext {
  readonly db: SqlDb;
  readonly clock: DeviceClock;
  readonly now: () => number;
  readonly newId: () => string;
  /** The user every change is attributed to. */
  readonly userId: () => string;
  /** Called after a commit, never inside a transaction. */
  readonly emit: (change: EventPayloads['records-changed']) => void;
  readonly afterWrite?: AfterWrite;
}
