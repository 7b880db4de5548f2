import { migration001 } from './001-core';
import { migration002 } from './002-accounts-contacts';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append new ones; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
