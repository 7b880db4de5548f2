/**
 * "Merge with this record" while creating: the new record is saved first,
 * and the form then reopens at the record's own URL (a fresh page). The
 * merge it asked for waits here, keyed by the new record's id, for that
 * page to take it (like the just-saved record in useRecordForm).
 */
const pending = new Map<string, string>();

export function rememberMerge(recordId: string, otherId: string): void {
  pending.set(recordId, otherId);
}

/** The other record of a merge waiting for this record's form. */
export function pendingMerge(recordId: string): string | null {
  return pending.get(recordId) ?? null;
}

/** The merge dialog was answered: it does not come back. */
export function forgetMerge(recordId: string): void {
  pending.delete(recordId);
}
