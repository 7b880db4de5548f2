import { useState } from 'react';
import { Button, Card, Center, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError, notifySuccess } from '../app/errors';
import { LanguagePicker } from '../app/LanguagePicker';
import classes from './OnboardingPage.module.css';

/** First run on an empty database: start empty or load the sample company. */
export function OnboardingPage() {
  const api = useApi();
  const { refresh } = useAppInfo();
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'empty' | 'sample' | null>(null);

  async function run(kind: 'empty' | 'sample') {
    setBusy(kind);
    try {
      if (kind === 'empty') await api.call('app.startEmpty', {});
      else {
        const result = await api.call('app.loadSample', {});
        notifySuccess(t('onboarding.sample_loaded', { accounts: result.accounts, contacts: result.contacts }));
      }
      await refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Center mih="100vh" p="xl">
      <Stack maw={760} gap="xl" w="100%">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
          <Stack gap={6} maw={520}>
            <Title order={1}>{t('onboarding.title')}</Title>
            <Text size="lg" c="dimmed">
              {t('onboarding.intro')}
            </Text>
          </Stack>
          <LanguagePicker />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Card withBorder padding="xl" radius="md" className={classes.card}>
            <Stack gap="md" className={classes.grow}>
              <ThemeIcon size={44} radius="md" variant="light">
                <IconSparkles />
              </ThemeIcon>
              <Title order={3}>{t('onboarding.empty_title')}</Title>
              <Text c="dimmed" className={classes.grow}>
                {t('onboarding.empty_text')}
              </Text>
              <Group>
                <Button
                  variant="default"
                  loading={busy === 'empty'}
                  disabled={busy !== null}
                  onClick={() => void run('empty')}
                >
                  {t('onboarding.start_empty')}
                </Button>
              </Group>
            </Stack>
          </Card>
          <Card withBorder padding="xl" radius="md" className={classes.card}>
            <Stack gap="md" className={classes.grow}>
              <ThemeIcon size={44} radius="md" variant="light" color="teal">
                <IconBuildingStore />
              </ThemeIcon>
              <Title order={3}>{t('onboarding.sample_title')}</Title>
              <Text c="dimmed" className={classes.grow}>
                {t('onboarding.sample_text')}
              </Text>
              <Group>
                <Button loading={busy === 'sample'} disabled={busy !== null} onClick={() => void run('sample')}>
                  {t('onboarding.load_sample')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </SimpleGrid>
      </Stack>
    </Center>
  );
}
