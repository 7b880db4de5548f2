import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsJoin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LookupItem, MergeResult } from '../../../src-shared/api';
import { navigate } from '../../app/navigation';
import type { FormExtensionProps } from '../form/extensions';
import { MergeDialog } from './MergeDialog';
import { RecordPicker } from './RecordPicker';

/**
 * "Merge with…" on a saved record: pick the other record, then merge in the
 * side-by-side dialog, with this record as the default master.
 */
export function MergeCommand({ area, entity, form }: FormExtensionProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [other, setOther] = useState<LookupItem | null>(null);
  const [merging, setMerging] = useState(false);
  const record = form.record;
  if (!record) return null;

  const onMerged = (result: MergeResult) => {
    setMerging(false);
    setOther(null);
    if (result.masterId !== record.id) navigate({ kind: 'record', area, entity, id: result.masterId }, { force: true });
  };

  return (
    <>
      <Tooltip label={t('merge.save_first')} disabled={!form.dirty}>
        <Button
          variant="default"
          leftSection={<IconArrowsJoin size={16} />}
          onClick={() => setPicking(true)}
          disabled={form.dirty || form.saving}
        >
          {t('merge.command')}
        </Button>
      </Tooltip>
      {picking && (
        <PickOtherRecord
          entityName={entity.name}
          recordId={record.id}
          recordName={record.display_name}
          other={other}
          onOther={setOther}
          onCancel={() => {
            setPicking(false);
            setOther(null);
          }}
          onNext={() => {
            setPicking(false);
            setMerging(true);
          }}
        />
      )}
      {merging && other && (
        <MergeDialog
          request={{ entity, masterId: record.id, otherId: other.id }}
          onClose={() => {
            setMerging(false);
            setOther(null);
          }}
          onMerged={onMerged}
        />
      )}
    </>
  );
}

interface PickOtherRecordProps {
  readonly entityName: string;
  readonly recordId: string;
  readonly recordName: string;
  readonly other: LookupItem | null;
  onOther(item: LookupItem | null): void;
  onCancel(): void;
  onNext(): void;
}

function PickOtherRecord({ entityName, recordId, recordName, other, onOther, onCancel, onNext }: PickOtherRecordProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onCancel} title={t('merge.pick_title', { name: recordName })} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (other) onNext();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('merge.pick_hint')}
          </Text>
          <RecordPicker
            entity={entityName}
            label={t('merge.pick_label')}
            excludeId={recordId}
            value={other}
            onChange={onOther}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!other}>
              {t('merge.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
