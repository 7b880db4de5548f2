import { defineMessages } from '../../message-module';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';

/** Activities: the record type, its commands, reminders and the time-spent report. */
export const activityMessages = defineMessages({ en, ru, fa });
