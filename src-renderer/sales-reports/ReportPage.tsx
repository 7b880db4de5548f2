import type { ReactNode } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../app/errors';
import classes from './SalesReports.module.css';

interface ReportPageProps {
  readonly title: string;
  readonly intro: string;
  /** Filters and period pickers, above the figures. */
  readonly controls?: ReactNode;
  readonly error: unknown;
  readonly loading: boolean;
  readonly onRetry: () => void;
  /** Currencies left out of the amounts for want of an exchange rate. */
  readonly unconverted?: readonly string[] | undefined;
  readonly wide?: boolean;
  readonly children: ReactNode;
}

/** The frame of every sales report page: title, what it shows, its controls, and failure or loading states. */
export function ReportPage({
  title,
  intro,
  controls,
  error,
  loading,
  onRetry,
  unconverted,
  wide,
  children,
}: ReportPageProps) {
  const { t } = useTranslation();
  return (
    <Stack className={wide ? classes.pageWide : classes.page} gap="lg">
      <div>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" mt={4} maw={820}>
          {intro}
        </Text>
      </div>
      {controls && (
        <Group align="flex-end" gap="lg" wrap="wrap">
          {controls}
        </Group>
      )}
      {error !== null && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('sales_reports.failed')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorText(t, error)}</Text>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('sales_reports.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {unconverted && unconverted.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle />} title={t('sales_reports.unconverted_title')}>
          {t('sales_reports.unconverted', { currencies: unconverted.join(', ') })}
        </Alert>
      )}
      {loading && error === null ? <Loader size="sm" aria-label={t('app.loading')} /> : children}
    </Stack>
  );
}

/** What to do when a report has nothing to show. */
export function EmptyReport({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="md" align="flex-start">
        <Text c="dimmed">{text}</Text>
        {action}
      </Stack>
    </Paper>
  );
}

/** One headline figure. */
export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className={classes.stat}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div className={classes.statValue}>{value}</div>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}
