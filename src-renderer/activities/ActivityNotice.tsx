import { Alert } from '@mantine/core';
import { IconInfoCircle, IconLock, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isClosed } from '../../src-shared/rules/activities';
import type { FormExtensionProps } from '../records/form/extensions';

/** What the user should know before editing: closed (read-only), one occurrence of a series, or the series itself. */
export function ActivityNotice({ form }: FormExtensionProps) {
  const { t } = useTranslation();
  const values = form.record?.values;
  if (!values) return null;
  const status = values['status'];
  let text: string | null = null;
  let icon = <IconInfoCircle />;
  if (isClosed(status)) {
    text = t(status === 'completed' ? 'activity.closed.completed' : 'activity.closed.canceled');
    icon = <IconLock />;
  } else if (values['series_id']) {
    text = t(values['is_exception'] === true ? 'activity.exception' : 'activity.occurrence');
    icon = <IconRepeat />;
  } else if (values['activity_type'] === 'recurring_appointment') {
    text = t('activity.series_note');
    icon = <IconRepeat />;
  }
  if (!text) return null;
  return (
    <Alert color={isClosed(status) ? 'gray' : 'blue'} icon={icon} mb="lg" role="status">
      {text}
    </Alert>
  );
}
