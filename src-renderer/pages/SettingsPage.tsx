import { useState } from 'react';
import { Code, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type ThemePreference } from '../../src-shared/api';
import { useApi } from '../api';
import { CustomizationSettings } from '../customization/CustomizationSettings';
import { CompanySettings } from '../print/CompanySettings';
import { SalesSettings } from '../sales/SalesSettings';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError } from '../app/errors';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { useUiStore } from '../stores/ui-store';
import { CurrentUserSettings } from '../users/CurrentUserSettings';
import { UsersSettings } from '../users/UsersSettings';
import classes from './Page.module.css';

/** Language and theme: applied at once, saved through `settings.update` (the backend remembers them). */
export function SettingsPage() {
  const api = useApi();
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const language = useUiStore((s) => s.language);
  const theme = useUiStore((s) => s.theme);
  const setPreferences = useUiStore((s) => s.setPreferences);
  const [saving, setSaving] = useState(false);

  async function change(patch: { language?: Language; theme?: ThemePreference }) {
    const before = { language, theme };
    setPreferences(patch);
    setSaving(true);
    try {
      setPreferences(await api.call('settings.update', patch));
    } catch (error) {
      setPreferences(before);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className={classes.page}>
      <Title order={2} mb="lg">
        {t('settings.title')}
      </Title>
      <Stack gap="lg" maw={960}>
        <CurrentUserSettings />
        <Paper withBorder radius="md" p="lg">
          <Radio.Group
            label={t('settings.language')}
            description={t('settings.language_hint')}
            value={language}
            onChange={(v) => void change({ language: v as Language })}
            aria-busy={saving}
          >
            <Group mt="md" gap="xl">
              {LANGUAGES.map((l) => (
                <Radio key={l} value={l} label={LANGUAGE_NAMES[l]} lang={l} />
              ))}
            </Group>
          </Radio.Group>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Radio.Group
            label={t('settings.theme')}
            description={t('settings.theme_hint')}
            value={theme}
            onChange={(v) => void change({ theme: v as ThemePreference })}
          >
            <Group mt="md" gap="xl">
              {THEMES.map((th) => (
                <Radio key={th} value={th} label={t(`settings.themes.${th}`)} />
              ))}
            </Group>
          </Radio.Group>
        </Paper>
        <UsersSettings />
        <CompanySettings />
        <SalesSettings />
        <CustomizationSettings />
        <Paper withBorder radius="md" p="lg">
          <Title order={3} size="h5" mb="sm">
            {t('settings.about')}
          </Title>
          <Stack gap={6}>
            <Text size="sm">
              {t('settings.version')}: <Code>{info.version}</Code>
            </Text>
            <Text size="sm">
              {t('settings.data_folder')}: <Code>{info.dataDir}</Code>
            </Text>
          </Stack>
        </Paper>
      </Stack>
    </div>
  );
}
