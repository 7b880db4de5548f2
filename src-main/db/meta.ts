import type { SqlDb } from './sql-db';

/** Keys of the `meta` table. */
export const META = {
  deviceId: 'device_id',
  hlc: 'hlc',
  currentUserId: 'current_user_id',
  /** Set once the user chose "Start empty" or "Load sample company". */
  onboardingDone: 'onboarding_done',
  /** The version of the duplicate-detection rules that built `duplicate_key`. */
  duplicateKeysVersion: 'duplicate_keys_version',
} as const;
export type MetaKey = (typeof META)[keyof typeof META];

export function getMeta(db: SqlDb, key: MetaKey): string | null {
  const row = db.first(db.kysely.selectFrom('meta').select('value').where('key', '=', key));
  return row?.value ?? null;
}

export function setMeta(db: SqlDb, key: MetaKey, value: string): void {
  db.run(
    db.kysely
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
  );
}
