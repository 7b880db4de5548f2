import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ViewScope } from '../../../src-shared/entities/saved-view';
import { apiErrorOf, notifyError, translateIssue } from '../../app/errors';

interface ViewNameModalProps {
  readonly opened: boolean;
  readonly title: string;
  readonly initialName: string;
  /** Offer "everyone (system view)": administrators saving a new view. */
  readonly offerScope: boolean;
  onClose(): void;
  /** Saves; a VALIDATION error about the name is shown under the field, anything else as a notification. */
  onSubmit(name: string, scope: ViewScope): Promise<void>;
}

/** Names a view being saved as new or renamed. */
export function ViewNameModal(props: ViewNameModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      {props.opened && <NameForm {...props} />}
    </Modal>
  );
}

function NameForm({ initialName, offerScope, onClose, onSubmit }: ViewNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [scope, setScope] = useState<ViewScope>('personal');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    if (name.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name.trim(), scope);
      onClose();
    } catch (failure) {
      const issue = apiErrorOf(failure)?.issues?.find((i) => i.path[0] === 'name');
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
        void save();
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('views.name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          maxLength={100}
          dir="auto"
          data-autofocus
          withAsterisk
        />
        {offerScope && (
          <Radio.Group label={t('views.scope')} value={scope} onChange={(v) => setScope(v as ViewScope)}>
            <Stack gap={8} mt={6}>
              <Radio value="personal" label={t('views.scope_personal')} />
              <Radio value="system" label={t('views.scope_system')} />
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('views.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
