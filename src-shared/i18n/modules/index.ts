import type { MessageModule } from '../message-module';
import { activityMessages } from './activities';
import { calendarMessages } from './calendar';
import { choiceListMessages } from './choice-lists';
import { customizationMessages } from './customization';
import { dashboardMessages } from './dashboard';
import { duplicatesMessages } from './duplicates';
import { fieldTypeMessages } from './field-types';
import { pricingMessages } from './pricing';
import { printMessages } from './print';
import { salesMessages } from './sales';
import { salesSettingsMessages } from './sales-settings';
import { salesRecordMessages } from './sales-records';
import { salesReportsMessages } from './sales-reports';
import { timelineMessages } from './timeline';
import { usersMessages } from './users';
import { viewsMessages } from './views';

/**
 * Feature message modules merged into the base catalogs, one per feature
 * area (e.g. `activities.ts`). Add a feature's module here.
 */
export const MESSAGE_MODULES: readonly MessageModule[] = [
  viewsMessages,
  fieldTypeMessages,
  activityMessages,
  calendarMessages,
  duplicatesMessages,
  timelineMessages,
  customizationMessages,
  choiceListMessages,
  dashboardMessages,
  usersMessages,
  pricingMessages,
  salesMessages,
  salesSettingsMessages,
  salesRecordMessages,
  printMessages,
  salesReportsMessages,
];
