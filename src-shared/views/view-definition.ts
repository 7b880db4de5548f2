import type { Criteria } from '../query/criteria';

export interface ViewSort {
  readonly field: string;
  readonly dir: 'asc' | 'desc';
}

/**
 * What a list shows: columns in order, sort and criteria. `builtin` views are
 * declared in metadata (system-views.ts) and cannot be changed; `system`
 * views are saved by an administrator for everyone; `personal` views are a
 * user's own.
 */
export interface ViewDefinition {
  /** `builtin:<entity>:<key>` for declared views, the saved record's id otherwise. */
  readonly id: string;
  readonly entity: string;
  readonly kind: 'builtin' | 'system' | 'personal';
  /** The name a user typed; empty for built-in views, which are named by `nameKey`. */
  readonly name: string;
  /** i18n key of a built-in view's name; null for saved views. */
  readonly nameKey: string | null;
  readonly columns: readonly string[];
  readonly sort: ViewSort;
  readonly criteria: Criteria;
  /** Who saved it; null for built-in views. */
  readonly ownerId: string | null;
}

export function isBuiltinViewId(id: string): boolean {
  return id.startsWith('builtin:');
}
