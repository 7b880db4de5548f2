import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, RecordData } from '../../src-shared/api';
import { getEntity, getField, type DurationField } from '../../src-shared/entities';
import { prepareWrite } from '../../src-shared/rules/write-rules';
import { isApiCallError, useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError, notifySuccess, translateIssue } from '../app/errors';
import { DurationFieldInput } from '../records/fields/DurationFieldInput';
import { splitIssues } from '../records/form/form-values';
import { DEFAULT_CALL_MINUTES, loggedCallValues, phoneOf, type CallDraft } from './log-call';

const activity = getEntity('activity');
const durationField = getField(activity, 'actual_duration') as DurationField;

/** The dialog of "Log a call": everything prefilled, so Save is the second click. */
export function LogCallDialog({ record, onClose }: { record: RecordData; onClose(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const [draft, setDraft] = useState<CallDraft>({
    subject: t('activity.log_call.subject', { name: record.display_name }),
    direction: 'outgoing',
    phone: phoneOf(record),
    duration: String(DEFAULT_CALL_MINUTES),
    notes: '',
  });
  const [errors, setErrors] = useState<Record<string, FieldIssue>>({});
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<CallDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errorOf = (field: string) => (errors[field] ? translateIssue(t, errors[field]) : undefined);

  async function save() {
    const values = loggedCallValues(record, info.currentUser?.id ?? null, draft);
    const checked = prepareWrite(activity, values, 'create', null, Date.now());
    if (checked.issues.length > 0) return setErrors(splitIssues(checked.issues).byField);
    setSaving(true);
    try {
      const saved = await api.call('records.create', { entity: 'activity', values: checked.values });
      notifySuccess(t('activity.log_call.saved', { name: saved.display_name }));
      onClose();
    } catch (error) {
      if (isApiCallError(error) && error.error.issues) setErrors(splitIssues(error.error.issues).byField);
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('activity.log_call.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('field.activity.regarding')}: <span dir="auto">{record.display_name}</span>
          </Text>
          <TextInput
            label={t('field.activity.subject')}
            value={draft.subject}
            onChange={(e) => set({ subject: e.currentTarget.value })}
            error={errorOf('subject')}
            withAsterisk
            dir="auto"
            data-autofocus
          />
          <Group grow align="flex-start">
            <div>
              <Text size="sm" fw={500} mb={4} id="log-call-direction">
                {t('field.activity.direction')}
              </Text>
              <SegmentedControl
                fullWidth
                aria-labelledby="log-call-direction"
                value={draft.direction}
                onChange={(direction) => set({ direction: direction as CallDraft['direction'] })}
                data={(['outgoing', 'incoming'] as const).map((d) => ({
                  value: d,
                  label: t(`choice.activity_direction.${d}`),
                }))}
              />
            </div>
            <TextInput
              label={t('field.activity.phone_number')}
              type="tel"
              dir="ltr"
              value={draft.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              error={errorOf('phone_number')}
            />
          </Group>
          <DurationFieldInput
            field={durationField}
            label={t('field.activity.actual_duration')}
            value={draft.duration}
            error={errorOf('actual_duration')}
            onChange={(value) => set({ duration: typeof value === 'string' ? value : String(value ?? '') })}
            onBlur={() => undefined}
          />
          <Textarea
            label={t('field.common.description')}
            value={draft.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
            autosize
            minRows={2}
            maxRows={6}
            dir="auto"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('activity.log_call.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
