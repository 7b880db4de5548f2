import { z } from 'zod';
import { entityName, recordId, recordValues, type LookupItem } from './records';

/** Input schemas and result types of duplicate detection and merge. */

/** Matches listed per rule; a common name among a million contacts must not list them all. */
export const MAX_DUPLICATE_MATCHES = 10;

export const duplicatesInput = z.object({
  entity: entityName,
  /** The record as it would be saved (on update: all its values, edited ones included). */
  values: recordValues,
  /** The record being edited, which is not its own duplicate. */
  excludeId: recordId.optional(),
});

export interface DuplicateGroup {
  /** Rule name, e.g. `email`. */
  readonly rule: string;
  /** i18n key explaining the match. */
  readonly label: string;
  /** Live records sharing a key with the values under this rule (name and detail line, as lookups show them). */
  readonly matches: readonly LookupItem[];
  /** Whether more records match than are listed. */
  readonly more: boolean;
}

/** Matches grouped by rule, in the rules' order; only rules with matches. */
export type DuplicateMatches = readonly DuplicateGroup[];

export const mergeSide = z.enum(['master', 'subordinate']);

export const mergeInput = z.object({
  entity: entityName,
  /** The record that stays. */
  masterId: recordId,
  /** The record merged into the master and then deleted. */
  subordinateId: recordId,
  /** Which record's value each field keeps; fields left out keep the master's value unless it is empty. */
  values: z.record(z.string().max(64), mergeSide).optional(),
});

export interface MergeResult {
  readonly masterId: string;
  readonly subordinateId: string;
  /** How many records that referred to the subordinate now refer to the master, by entity name. */
  readonly moved: Readonly<Record<string, number>>;
}
