import { useState } from 'react';
import { Button, FileInput, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordData } from '../../src-shared/api';
import { NOTE_TARGETS } from '../../src-shared/entities';
import { useApi } from '../api';
import { errorText, notifySuccess } from '../app/errors';
import { MAX_ATTACHMENT_MB, oversizedFile, toUpload } from './attachment-files';
import classes from './Timeline.module.css';

type NoteTarget = (typeof NOTE_TARGETS)[number];

/** Adding a note, with files, to a record's timeline. */
export function NoteComposer({ record, onDone }: { record: RecordData; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function pick(picked: File[]) {
    setFiles(picked);
    const big = oversizedFile(picked);
    setFileError(big ? t('timeline.too_large', { name: big.name, limit: MAX_ATTACHMENT_MB }) : null);
  }

  async function save() {
    if (oversizedFile(files)) return;
    setSaving(true);
    setError(null);
    try {
      const attachments = await Promise.all(files.map(toUpload));
      await api.call('notes.create', {
        regarding: { entity: record.entity as NoteTarget, id: record.id },
        title,
        text,
        ...(attachments.length > 0 ? { attachments } : {}),
      });
      notifySuccess(t('timeline.note_saved'));
      onDone();
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" className={classes.composer}>
      <form
        aria-label={t('entity.note.new')}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('timeline.note_title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            dir="auto"
            data-autofocus
          />
          <Textarea
            label={t('timeline.note_text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={20_000}
            dir="auto"
            error={error}
          />
          <FileInput
            label={t('timeline.attach')}
            multiple
            clearable
            value={files}
            onChange={pick}
            leftSection={<IconPaperclip size={16} />}
            error={fileError}
            valueComponent={({ value }) => (
              <span dir="auto">
                {(Array.isArray(value) ? value : value ? [value] : []).map((f) => f.name).join(', ')}
              </span>
            )}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('timeline.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={fileError !== null}>
              {t('timeline.note_save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
