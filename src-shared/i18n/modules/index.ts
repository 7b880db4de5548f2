import type { MessageModule } from '../message-module';
import { activityMessages } from './activities';
import { customizationMessages } from './customization';
import { duplicatesMessages } from './duplicates';
import { fieldTypeMessages } from './field-types';
import { timelineMessages } from './timeline';
import { viewsMessages } from './views';

/**
 * Feature message modules merged into the base catalogs, one per feature
 * area (e.g. `activities.ts`). Add a feature's module here.
 */
export const MESSAGE_MODULES: readonly MessageModule[] = [
  viewsMessages,
  fieldTypeMessages,
  activityMessages,
  duplicatesMessages,
  timelineMessages,
  customizationMessages,
];
