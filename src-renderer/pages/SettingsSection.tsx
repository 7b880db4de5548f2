import type { ReactNode } from 'react';
import { Alert, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../app/errors';

/** One titled section of the Settings page (current user, company, sales…). */
export function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={`${id}-title`}>
      <Title order={3} size="h5" id={`${id}-title`}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {description}
      </Text>
      {children}
    </Paper>
  );
}

/** A section's body once its data has loaded: the failure, "Loading…", or the content. */
export function WhenLoaded({
  error,
  errorTitle,
  loaded,
  children,
}: {
  readonly error: unknown;
  readonly errorTitle: string;
  readonly loaded: boolean;
  readonly children: () => ReactNode;
}) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert color="red" title={errorTitle}>
        {errorText(t, error)}
      </Alert>
    );
  if (!loaded)
    return (
      <Text size="sm" c="dimmed">
        {t('app.loading')}
      </Text>
    );
  return <>{children()}</>;
}
