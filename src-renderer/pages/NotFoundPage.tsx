import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/navigation';
import { homeOf } from '../app/routes';
import { useUiStore } from '../stores/ui-store';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation();
  const area = useUiStore((s) => s.workArea);
  return (
    <Stack p="xl" gap="sm" maw={560}>
      <Title order={2}>{t('not_found.title')}</Title>
      <Text c="dimmed">{t('not_found.text', { path })}</Text>
      <Button variant="light" w="fit-content" onClick={() => navigate(homeOf(area))}>
        {t('not_found.home')}
      </Button>
    </Stack>
  );
}
