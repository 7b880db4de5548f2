import { isClosed } from '../../src-shared/rules/activities';
import type { FormExtension } from '../records/form/extensions';
import { ActivityNotice } from './ActivityNotice';
import { ActivityStatusCommands } from './ActivityStatusCommands';

/** Activities on the record form: Complete / Cancel / Reopen, notes about their state, read-only when closed. */
export const activityForm: FormExtension = {
  Commands: ActivityStatusCommands,
  Notice: ActivityNotice,
  locked: (form) => form.record !== null && isClosed(form.record.values['status']),
  newTitle: (t, form) => {
    const type = form.draft['activity_type'];
    return typeof type === 'string' ? t(`activity.new.${type}`, { defaultValue: '' }) || null : null;
  },
};
