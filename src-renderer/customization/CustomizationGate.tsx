import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../src-shared/api';
import { activateCustomizations, type Customizations } from '../../src-shared/customization';
import { useApi } from '../api';
import { notifyError } from '../app/errors';
import { i18n } from '../i18n/setup';

/** Makes `custom` the window's metadata and gives i18next the custom labels. */
function activate(custom: Customizations): void {
  const messages = activateCustomizations(custom);
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, 'translation', unflatten(messages[language]), true, true);
  }
}

function unflatten(flat: Record<string, string>): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1] as string] = value;
  }
  return tree;
}

/**
 * Loads the data file's custom fields and activity types before the app
 * renders, and again on `schema-changed`; the children are then mounted
 * afresh, so every form, list, filter and view is built from the new
 * metadata.
 */
export function CustomizationGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const { t } = useTranslation();
  const [generation, setGeneration] = useState<number | null>(null);

  const load = useCallback(
    () =>
      api.call('customization.get', {}).then(
        (custom) => {
          activate(custom);
          setGeneration((g) => (g ?? 0) + 1);
        },
        (error: unknown) => {
          notifyError(error);
          setGeneration((g) => g ?? 0);
        },
      ),
    [api],
  );

  useEffect(() => {
    void load();
    return api.on('schema-changed', () => void load());
  }, [api, load]);

  if (generation === null) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <div key={generation} style={{ display: 'contents' }}>
      {children}
    </div>
  );
}
