import { migration001 } from './001-core';
import { migration002 } from './002-accounts-contacts';
import { migration003 } from './003-activities';
import { migration004 } from './004-saved-views';
import { migration005 } from './005-duplicates';
import { migration006 } from './006-notes-timeline';
import { migration007 } from './007-customization';
import { migration008 } from './008-users-teams';
import { migration009 } from './009-calendar';
import { migration010 } from './010-timeline-important-dates';
import { migration011 } from './011-sales';
import { migration012 } from './012-choice-lists';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append new ones; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
];
