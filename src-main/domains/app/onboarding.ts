import { ENTITY_NAMES } from '../../../src-shared/entities';
import { META, getMeta, setMeta, type SqlDb } from '../../db';
import { recordTable } from '../records/record-table';

/** Whether any record (live or deleted) exists in any entity table. */
export function hasAnyRecord(db: SqlDb): boolean {
  return ENTITY_NAMES.some((name) => db.stmt(`SELECT 1 FROM ${recordTable(name).table} LIMIT 1`).get() !== undefined);
}

/** Onboarding lasts while the file holds no records and the user has not chosen how to start. */
export function isOnboarding(db: SqlDb): boolean {
  return getMeta(db, META.onboardingDone) === null && !hasAnyRecord(db);
}

export function finishOnboarding(db: SqlDb, choice: 'empty' | 'sample'): void {
  if (getMeta(db, META.onboardingDone) === null) setMeta(db, META.onboardingDone, choice);
}
