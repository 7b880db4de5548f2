import { Alert, Button, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkArea } from '../../src-shared/entities';
import { errorText } from '../app/errors';
import { ActivitiesCard } from './ActivitiesCard';
import classes from './Dashboard.module.css';
import { DatesCard } from './DatesCard';
import { useDashboard } from './useDashboard';
import { WeekCard } from './WeekCard';

/**
 * My Work's dashboard: the user's open activities (how many are overdue,
 * due today and coming up, and the most urgent ones to open or complete),
 * their contacts' coming important dates, and this week's time.
 */
export function DashboardPage({ area }: { area: WorkArea }) {
  const { t } = useTranslation();
  const { summary, error, reload } = useDashboard();
  return (
    <Stack className={classes.page} gap="lg">
      <div>
        <Title order={2}>{t('page.dashboard.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('dashboard.intro')}
        </Text>
      </div>
      {error !== null && (
        <Alert color="red" title={t('dashboard.failed')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorText(t, error)}</Text>
            <Button size="xs" variant="light" color="red" onClick={reload}>
              {t('dashboard.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {!summary ? (
        error === null && <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ActivitiesCard area={area} data={summary.activities} />
          <Stack gap="lg">
            <DatesCard area={area} data={summary.dates} />
            <WeekCard area={area} data={summary.week} />
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
