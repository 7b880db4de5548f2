import { Anchor, Badge, Button, Group, Paper, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDownload, IconNote, IconPaperclip, IconSettings, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AttachmentInfo, TimelineEntry } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { ACTIVITY_TYPE_ICONS, type ActivityType } from '../../src-shared/entities/activity';
import { useApi } from '../api';
import { notifyError, notifySuccess } from '../app/errors';
import { EntityIcon } from '../app/icons';
import { linkProps } from '../app/navigation';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { choiceKey } from '../records/fields/display';
import { formatBytes, saveDownloaded } from './attachment-files';
import { formatRelative } from './relative-time';
import classes from './Timeline.module.css';

const activityEntity = getEntity('activity');

/** One entry: icon, title, who and when (relative, absolute on hover), and a preview. */
export function TimelineItem({ entry, area }: { entry: TimelineEntry; area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Paper withBorder radius="md" p="md" component="li" className={classes.item} data-kind={entry.kind}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" radius="xl" size={36} color={COLORS[entry.kind]} aria-hidden>
          {iconOf(entry)}
        </ThemeIcon>
        <div className={classes.itemBody}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <div className={classes.itemTitle}>{titleOf(t, entry, area)}</div>
            <Tooltip label={formatDateTime(locale, entry.at)} withArrow>
              <Text size="xs" c="dimmed" className={classes.when} component="time" dateTime={entry.at} tabIndex={0}>
                {formatRelative(locale, entry.at)}
              </Text>
            </Tooltip>
          </Group>
          {entry.user && (
            <Text size="xs" c="dimmed">
              {t('timeline.by', { name: entry.user.name })}
            </Text>
          )}
          {entry.activity && <ActivityDetails entry={entry} />}
          {entry.note && <NoteDetails entry={entry} />}
        </div>
      </Group>
    </Paper>
  );
}

const COLORS = { activity: 'blue', note: 'yellow', system: 'gray' } as const;

function iconOf(entry: TimelineEntry) {
  if (entry.activity) {
    const icon = ACTIVITY_TYPE_ICONS[entry.activity.type as ActivityType] ?? activityEntity.icon;
    return <EntityIcon name={icon} size={20} />;
  }
  if (entry.note) return <IconNote size={20} />;
  return <IconSettings size={20} />;
}

function titleOf(t: TFunction, entry: TimelineEntry, area: WorkArea) {
  if (entry.activity) {
    const a = entry.activity;
    return (
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed" fw={600}>
          {t(choiceKey('activity_type', a.type))}
        </Text>
        <Anchor
          fw={600}
          size="sm"
          dir="auto"
          aria-label={t('timeline.open_activity', { name: a.subject })}
          {...linkProps({ kind: 'record', area, entity: activityEntity, id: a.id })}
        >
          {a.subject}
        </Anchor>
      </Group>
    );
  }
  if (entry.note) {
    return (
      <Text fw={600} size="sm" dir="auto">
        {entry.note.title || t('entity.note.one')}
      </Text>
    );
  }
  const s = entry.system!;
  const status = (v: string | null) => (v ? t(choiceKey('activity_status', v)) : '—');
  const text =
    s.event === 'status'
      ? t('timeline.event_status', { name: s.recordName, from: status(s.oldValue), to: status(s.newValue) })
      : s.event === 'owner'
        ? t('timeline.event_owner', { from: s.oldValue ?? '—', to: s.newValue ?? '—' })
        : t(`timeline.event_${s.event}`, { name: s.recordName });
  return (
    <Text size="sm" dir="auto">
      {text}
    </Text>
  );
}

function ActivityDetails({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const a = entry.activity!;
  return (
    <>
      <Group gap={6} mt={6}>
        {a.status && (
          <Badge
            size="sm"
            variant="light"
            color={a.status === 'completed' ? 'green' : a.status === 'canceled' ? 'gray' : 'blue'}
          >
            {t(choiceKey('activity_status', a.status))}
          </Badge>
        )}
        {a.direction && (
          <Badge size="sm" variant="outline" color="gray">
            {t(choiceKey('activity_direction', a.direction))}
          </Badge>
        )}
        {a.asParty && (
          <Badge size="sm" variant="outline" color="grape">
            {t('timeline.as_party')}
          </Badge>
        )}
        {a.when && (
          <Text size="xs" c="dimmed">
            {formatDateTime(locale, a.when)}
          </Text>
        )}
        {a.actualDuration !== null && a.actualDuration > 0 && (
          <Text size="xs" c="dimmed">
            {t('timeline.duration', { minutes: a.actualDuration })}
          </Text>
        )}
      </Group>
      {a.preview && (
        <Text size="sm" mt={6} className={classes.preview} dir="auto">
          {a.preview}
        </Text>
      )}
    </>
  );
}

function NoteDetails({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const api = useApi();
  const note = entry.note!;

  function confirmDelete() {
    modals.openConfirmModal({
      title: t('timeline.note_delete'),
      children: <Text dir="auto">{note.title || note.text.slice(0, 80)}</Text>,
      labels: { confirm: t('form.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void api
          .call('notes.delete', { id: note.id })
          .then(() => notifySuccess(t('timeline.note_deleted')), notifyError),
    });
  }

  return (
    <>
      {note.text && (
        <Text size="sm" mt={6} className={classes.noteText} dir="auto">
          {note.text}
        </Text>
      )}
      {note.attachments.length > 0 && (
        <ul className={classes.files} aria-label={t('entity.attachment.many')}>
          {note.attachments.map((file) => (
            <AttachmentChip key={file.id} file={file} />
          ))}
        </ul>
      )}
      <Group justify="flex-end" mt={4}>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={confirmDelete}
        >
          {t('timeline.note_delete')}
        </Button>
      </Group>
    </>
  );
}

function AttachmentChip({ file }: { file: AttachmentInfo }) {
  const { t } = useTranslation();
  const api = useApi();
  const locale = useLocale();
  return (
    <li>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconPaperclip size={14} />}
        rightSection={<IconDownload size={14} />}
        aria-label={t('timeline.download', { name: file.fileName })}
        onClick={() => void api.call('attachments.get', { id: file.id }).then(saveDownloaded, notifyError)}
      >
        <span dir="auto">{file.fileName}</span>
        <Text span size="xs" c="dimmed" ms={6}>
          {formatBytes(locale, file.size)}
        </Text>
      </Button>
    </li>
  );
}
