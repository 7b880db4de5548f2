import type { FormExtension } from '../records/form/extensions';
import { LogCallButton } from './LogCallButton';
import { TimeSpentBadge } from './TimeSpentBadge';

/** Accounts and contacts: "Log a call" beside Save, and the time spent on them in the header. */
export const customerForm: FormExtension = {
  Commands: LogCallButton,
  HeaderExtra: TimeSpentBadge,
};
