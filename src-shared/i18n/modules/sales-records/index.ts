import { defineMessages } from '../../message-module';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';

/**
 * The sales record types: labels of their metadata (leads to invoices, the
 * product catalog, campaigns, document lines), their system views, and the
 * sales commands and product lines on their forms.
 */
export const salesRecordMessages = defineMessages({ en, ru, fa });
