import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../src-shared/api';
import { useApi } from '../api';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { useUiStore } from '../stores/ui-store';

/**
 * A compact language choice for screens before the app proper (first run).
 * The choice applies at once; saving it is best effort because the
 * database may not be ready to take it yet.
 */
export function LanguagePicker() {
  const api = useApi();
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const setPreferences = useUiStore((s) => s.setPreferences);
  return (
    <Select
      label={t('settings.language')}
      leftSection={<IconLanguage size={16} />}
      data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
      value={language}
      allowDeselect={false}
      w={180}
      onChange={(value) => {
        if (!value) return;
        const next = value as Language;
        setPreferences({ language: next });
        api.call('settings.update', { language: next }).catch(() => undefined);
      }}
    />
  );
}
