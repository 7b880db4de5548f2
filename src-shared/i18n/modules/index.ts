import type { MessageModule } from '../message-module';

/**
 * Feature message modules merged into the base catalogs, one per feature
 * area (e.g. `activities.ts`). Add a feature's module here.
 */
export const MESSAGE_MODULES: readonly MessageModule[] = [];
