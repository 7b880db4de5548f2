import { useMemo } from 'react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider, type ApiClient } from '../api';
import { directionOf, i18n } from '../i18n/setup';
import { useUiStore } from '../stores/ui-store';
import { Boot } from './Boot';
import { PreferencesSync } from './PreferencesSync';
import { themeFor } from './theme';

export function Root({ client }: { client: ApiClient }) {
  const language = useUiStore((s) => s.language);
  const theme = useMemo(() => themeFor(language), [language]);
  return (
    <ApiProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
          <MantineProvider theme={theme} defaultColorScheme="auto">
            <PreferencesSync />
            <ModalsProvider>
              <Notifications position="bottom-right" />
              <Boot />
            </ModalsProvider>
          </MantineProvider>
        </DirectionProvider>
      </I18nextProvider>
    </ApiProvider>
  );
}
