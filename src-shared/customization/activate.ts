import type { Language } from '../api/app';
import { applyCustomizations } from './apply';
import { installCustomLabels } from './labels';
import type { Customizations } from './types';

/** Makes `custom` the effective metadata and labels (main on opening a file, the renderer on boot and `schema-changed`). */
export function activateCustomizations(custom: Customizations): Record<Language, Record<string, string>> {
  const messages = installCustomLabels(custom);
  applyCustomizations(custom);
  return messages;
}
