import { useState } from 'react';
import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, FieldValue, RecordData } from '../../src-shared/api';
import { getEntity, getField, type DateTimeField } from '../../src-shared/entities';
import { formatRef } from '../../src-shared/rules/records';
import { prepareWrite } from '../../src-shared/rules/write-rules';
import { isApiCallError, useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError, notifySuccess, translateIssue } from '../app/errors';
import { DateTimeFieldInput } from '../records/fields/DateTimeFieldInput';
import { splitIssues } from '../records/form/form-values';
import classes from './Timeline.module.css';

const activity = getEntity('activity');
const dueField = getField(activity, 'due_date') as DateTimeField;

/** A task about the record, typed inline: subject and, optionally, when it is due. */
export function TaskComposer({ record, onDone }: { record: RecordData; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { info } = useAppInfo();
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState<FieldValue>(null);
  const [errors, setErrors] = useState<Record<string, FieldIssue>>({});
  const [saving, setSaving] = useState(false);
  const errorOf = (field: string) => (errors[field] ? translateIssue(t, errors[field]) : undefined);

  async function save() {
    const values = {
      activity_type: 'task',
      subject,
      regarding: formatRef(record.entity, record.id),
      due_date: due,
      ...(info.currentUser ? { owner_id: info.currentUser.id } : {}),
    };
    const checked = prepareWrite(activity, values, 'create', null, Date.now());
    if (checked.issues.length > 0) return setErrors(splitIssues(checked.issues).byField);
    setSaving(true);
    try {
      await api.call('records.create', { entity: 'activity', values: checked.values });
      notifySuccess(t('timeline.task_added'));
      onDone();
    } catch (error) {
      if (isApiCallError(error) && error.error.issues) setErrors(splitIssues(error.error.issues).byField);
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" className={classes.composer}>
      <form
        aria-label={t('timeline.add_task')}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('timeline.task_subject')}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={errorOf('subject')}
            withAsterisk
            dir="auto"
            data-autofocus
          />
          <DateTimeFieldInput
            field={dueField}
            label={t('timeline.task_due')}
            value={due}
            error={errorOf('due_date')}
            onChange={(value) => setDue(value)}
            onBlur={() => undefined}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('timeline.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('timeline.add_task')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
