import { useEffect } from 'react';
import { useDirection, useMantineColorScheme } from '@mantine/core';
import { directionOf, i18n } from '../i18n/setup';
import { useUiStore } from '../stores/ui-store';

/**
 * Applies the cached preferences to the page: i18next language, `lang` and
 * `dir` on <html> (DirectionProvider writes `dir`), and the color scheme.
 */
export function PreferencesSync() {
  const language = useUiStore((s) => s.language);
  const theme = useUiStore((s) => s.theme);
  const { setDirection } = useDirection();
  const { setColorScheme } = useMantineColorScheme();

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    setDirection(directionOf(language));
    document.title = i18n.t('app.name');
  }, [language, setDirection]);

  useEffect(() => {
    setColorScheme(theme);
  }, [theme, setColorScheme]);

  return null;
}
