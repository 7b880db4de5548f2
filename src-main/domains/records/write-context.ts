import type { EventPayloads } from '../../../src-shared/api';
import type { DeviceClock, SqlDb } from '../../db';

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
}
