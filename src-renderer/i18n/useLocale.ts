import { useUiStore } from '../stores/ui-store';
import { localeOf } from './setup';

/** The Intl locale of the current UI language. */
export function useLocale(): string {
  return localeOf(useUiStore((s) => s.language));
}
