import { useState } from 'react';
import { Button, Tooltip } from '@mantine/core';
import { IconShare, IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormExtensionProps } from '../records/form/extensions';
import { AssignDialog } from './AssignDialog';
import { ShareDialog } from './ShareDialog';

/**
 * "Assign" and "Share" on a saved record that has an owner. Both act on the
 * stored record, so unsaved edits are saved (or discarded) first.
 */
export function OwnershipCommands({ entity, form }: FormExtensionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'assign' | 'share' | null>(null);
  const record = form.record;
  if (!record || form.mode !== 'update') return null;
  const blocked = form.dirty || form.saving;
  return (
    <>
      <Tooltip label={t('users.save_first')} disabled={!form.dirty}>
        <Button
          variant="default"
          leftSection={<IconUserShare size={16} />}
          onClick={() => setOpen('assign')}
          disabled={blocked}
        >
          {t('users.assign')}
        </Button>
      </Tooltip>
      <Tooltip label={t('users.save_first')} disabled={!form.dirty}>
        <Button
          variant="default"
          leftSection={<IconShare size={16} />}
          onClick={() => setOpen('share')}
          disabled={blocked}
        >
          {t('users.share')}
        </Button>
      </Tooltip>
      {open === 'assign' && (
        <AssignDialog
          entity={entity.name}
          record={record}
          onAssigned={() => void form.reload()}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'share' && <ShareDialog entity={entity.name} record={record} onClose={() => setOpen(null)} />}
    </>
  );
}
