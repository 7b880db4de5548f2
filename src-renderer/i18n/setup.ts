import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../src-shared/api';
import { CATALOGS } from '../../src-shared/i18n';

/**
 * One i18next instance for the window. Catalogs are bundled (no network,
 * no lazy loading), so initialisation is synchronous and the first render
 * is already translated.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: CATALOGS.en },
    ru: { translation: CATALOGS.ru },
    fa: { translation: CATALOGS.fa },
  },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const RTL_LANGUAGES: readonly Language[] = ['fa'];

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

/** BCP 47 tag for Intl: Persian uses its own calendar and digits, as Iranian users expect. */
export function localeOf(language: Language): string {
  return { en: 'en-US', ru: 'ru-RU', fa: 'fa-IR' }[language];
}
