import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../src-shared/api';
import { useApi } from '../api';
import { OnboardingPage } from '../pages/OnboardingPage';
import { UnreadablePage } from '../pages/UnreadablePage';
import { useUiStore } from '../stores/ui-store';
import { AppInfoContext } from './AppInfoContext';
import { apiErrorOf, errorText } from './errors';
import { Shell } from './Shell';
import { CustomizationGate } from '../customization/CustomizationGate';

/** Reads `app.info` once and shows first-run, recovery or the app accordingly. */
export function Boot() {
  const api = useApi();
  const { t } = useTranslation();
  const setPreferences = useUiStore((s) => s.setPreferences);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const apply = useCallback(
    (next: AppInfo) => {
      setPreferences(next.settings);
      setInfo(next);
      setFailure(null);
    },
    [setPreferences],
  );

  const refresh = useCallback(() => api.call('app.info', {}).then(apply, setFailure), [api, apply]);

  useEffect(() => {
    let live = true;
    api.call('app.info', {}).then(
      (next) => live && apply(next),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [api, apply]);
  useEffect(() => api.on('app-state-changed', () => void refresh()), [api, refresh]);
  // Another current user, or a change to users: the header and everything "mine" follow.
  useEffect(() => api.on('users-changed', () => void refresh()), [api, refresh]);

  const value = useMemo(() => (info ? { info, refresh } : null), [info, refresh]);

  if (!value) {
    if (failure) {
      const unauthorized = apiErrorOf(failure)?.code === 'UNAUTHORIZED';
      return (
        <Center h="100vh" p="xl">
          <Stack maw={520} gap="md">
            <Title order={2}>{t('app.name')}</Title>
            <Alert color="red" icon={<IconAlertTriangle />} title={t('boot.failed')}>
              {unauthorized ? t('boot.no_token') : errorText(t, failure)}
            </Alert>
            <Button onClick={() => void refresh()} variant="light" w="fit-content">
              {t('common.retry')}
            </Button>
          </Stack>
        </Center>
      );
    }
    return (
      <Center h="100vh">
        <Stack align="center" gap="sm">
          <Loader aria-label={t('app.loading')} />
          <Text c="dimmed">{t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }

  return (
    <AppInfoContext value={value}>
      {value.info.state === 'onboarding' ? (
        <OnboardingPage />
      ) : value.info.state === 'unreadable' ? (
        <UnreadablePage />
      ) : (
        <CustomizationGate>
          {/* Mounted afresh for another current user: lists, "My" views and personal views are theirs. */}
          <Shell key={value.info.currentUser?.id} />
        </CustomizationGate>
      )}
    </AppInfoContext>
  );
}
