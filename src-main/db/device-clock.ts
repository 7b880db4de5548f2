import { formatHlc, parseHlc, tick, type HlcState } from '../../src-shared/sync';
import { META, getMeta, setMeta } from './meta';
import type { SqlDb } from './sql-db';

/**
 * The device's hybrid logical clock, persisted in `meta` so that stamps keep
 * increasing across restarts even if the wall clock was set back meanwhile.
 * `stamp()` advances it in memory; `persist()` is called inside the write
 * transaction that used the stamps, so the stored clock and the stamps in the
 * data can never disagree.
 */
export class DeviceClock {
  private state: HlcState;

  constructor(
    private readonly db: SqlDb,
    readonly deviceId: string,
    private readonly now: () => number,
  ) {
    const stored = getMeta(db, META.hlc);
    const parsed = stored ? parseHlc(stored) : null;
    // A clock stored under another device id (a file restored from another
    // machine) still bounds the stamps already in the data: keep its time.
    this.state = parsed
      ? { wall: parsed.wall, counter: parsed.counter, device: deviceId }
      : { wall: 0, counter: 0, device: deviceId };
  }

  stamp(): string {
    this.state = tick(this.state, this.now());
    return formatHlc(this.state);
  }

  persist(): void {
    setMeta(this.db, META.hlc, formatHlc(this.state));
  }

  current(): string {
    return formatHlc(this.state);
  }
}
