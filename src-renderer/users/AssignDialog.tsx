import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordData } from '../../src-shared/api';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { apiErrorOf, notifyError, notifySuccess, translateIssue } from '../app/errors';
import { PrincipalSelect } from './PrincipalSelect';

interface AssignDialogProps {
  readonly entity: string;
  readonly record: RecordData;
  onAssigned(record: RecordData): void;
  onClose(): void;
}

/** "Assign": make me, or another user or a team, the record's owner. */
export function AssignDialog(props: AssignDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={props.onClose} title={t('users.assign_title', { name: props.record.display_name })} centered>
      <AssignForm {...props} />
    </Modal>
  );
}

function AssignForm({ entity, record, onAssigned, onClose }: AssignDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const me = info.currentUser;
  const ownerId = typeof record.values['owner_id'] === 'string' ? record.values['owner_id'] : null;
  const ownerName = record.lookups['owner_id']?.name ?? null;
  const [to, setTo] = useState<'me' | 'other'>(me && me.id !== ownerId ? 'me' : 'other');
  const [other, setOther] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function assign() {
    const target = to === 'me' && me ? { id: me.id, name: me.name } : other;
    if (!target) {
      setError(t('users.choose_owner'));
      return;
    }
    setBusy(true);
    try {
      const saved = await api.call('records.assign', { entity, id: record.id, ownerId: target.id });
      notifySuccess(t('users.assigned', { name: saved.display_name, owner: target.name }));
      onAssigned(saved);
      onClose();
    } catch (failure) {
      const issue = apiErrorOf(failure)?.issues?.[0];
      if (issue) setError(translateIssue(t, issue));
      else notifyError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void assign();
      }}
    >
      <Stack gap="md">
        <Text size="sm">{ownerName ? t('users.current_owner', { name: ownerName }) : t('users.no_owner')}</Text>
        <Radio.Group label={t('users.assign_to')} value={to} onChange={(v) => setTo(v as 'me' | 'other')}>
          <Stack gap={10} mt={8}>
            {me && <Radio value="me" label={t('users.assign_me', { name: me.name })} disabled={me.id === ownerId} />}
            <Radio value="other" label={t('users.assign_other')} />
          </Stack>
        </Radio.Group>
        {to === 'other' && (
          <PrincipalSelect
            label={t('users.new_owner')}
            value={other?.id ?? null}
            onChange={(id, name) => {
              setOther(id ? { id, name: name ?? id } : null);
              setError(undefined);
            }}
            error={error}
            exclude={ownerId ? [ownerId] : []}
            required
          />
        )}
        {to === 'me' && error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('users.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
