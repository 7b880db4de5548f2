/**
 * The `_clk` column: the HLC stamp of every field of a record, as JSON
 * `{ "<field>": "<hlc>" }`. The key `*` stamps every field that has no key of
 * its own, so a newly created record stores one stamp instead of one per
 * field; an edit then adds a key per field it changes. The tombstone is
 * stamped under `deleted_at`.
 */

export type ClockStamps = Readonly<Record<string, string>>;

export const ALL_FIELDS = '*';
export const TOMBSTONE_FIELD = 'deleted_at';

export function parseStamps(json: string): ClockStamps {
  const parsed: unknown = JSON.parse(json);
  return typeof parsed === 'object' && parsed !== null ? (parsed as ClockStamps) : {};
}

export function stampOf(stamps: ClockStamps, field: string): string | null {
  return stamps[field] ?? stamps[ALL_FIELDS] ?? null;
}

export function createdStamps(hlc: string): string {
  return JSON.stringify({ [ALL_FIELDS]: hlc });
}

export function withStamps(stamps: ClockStamps, fields: readonly string[], hlc: string): string {
  const next: Record<string, string> = { ...stamps };
  for (const field of fields) next[field] = hlc;
  return JSON.stringify(next);
}
