import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormExtensionProps } from '../records/form/extensions';
import { LogCallDialog } from './LogCallDialog';

/** "Log a call" on an account or contact: a small dialog, already filled in, that saves a completed call. */
export function LogCallButton({ form }: FormExtensionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!form.record) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconPhoneCall size={16} />} onClick={() => setOpen(true)}>
        {t('activity.command.log_call')}
      </Button>
      {open && <LogCallDialog record={form.record} onClose={() => setOpen(false)} />}
    </>
  );
}
