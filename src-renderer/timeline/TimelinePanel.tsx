import { useMemo, useState } from 'react';
import { Alert, Button, Chip, Group, Loader, MultiSelect, Stack, Text } from '@mantine/core';
import { IconCheckbox, IconNote, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type RecordData, type TimelineKind } from '../../src-shared/api';
import type { WorkArea } from '../../src-shared/entities';
import { ACTIVITY_TYPES } from '../../src-shared/entities/activity';
import { LogCallDialog } from '../activities/LogCallDialog';
import { errorText } from '../app/errors';
import { choiceKey } from '../records/fields/display';
import { NoteComposer } from './NoteComposer';
import { TaskComposer } from './TaskComposer';
import classes from './Timeline.module.css';
import { TimelineItem } from './TimelineItem';
import { useTimeline } from './useTimeline';

type Composer = 'note' | 'call' | 'task' | null;

const KIND_LABELS: Readonly<Record<TimelineKind, string>> = {
  activity: 'timeline.activities',
  note: 'timeline.notes',
  system: 'timeline.system',
};

/** A record's timeline: what happened with it, newest first, filterable, with quick add. */
export function TimelinePanel({ area, record }: { area: WorkArea; record: RecordData }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const [activityTypes, setActivityTypes] = useState<string[]>([]);
  const [composer, setComposer] = useState<Composer>(null);
  const filter = useMemo(() => ({ kinds, activityTypes }), [kinds, activityTypes]);
  const timeline = useTimeline(record.entity, record.id, filter);
  const filtered = kinds.length < TIMELINE_KINDS.length || activityTypes.length > 0;
  // Calls are logged about customers; a note or task fits any record.
  const canLogCall = record.entity !== 'activity';

  return (
    <Stack gap="md" component="section" aria-label={t('timeline.title')}>
      <div className={classes.toolbar}>
        <Group gap="xs" role="group" aria-label={t('timeline.quick_add')}>
          <Button
            variant={composer === 'note' ? 'filled' : 'light'}
            leftSection={<IconNote size={16} />}
            onClick={() => setComposer(composer === 'note' ? null : 'note')}
          >
            {t('timeline.add_note')}
          </Button>
          {canLogCall && (
            <Button variant="light" leftSection={<IconPhone size={16} />} onClick={() => setComposer('call')}>
              {t('timeline.add_phone_call')}
            </Button>
          )}
          <Button
            variant={composer === 'task' ? 'filled' : 'light'}
            leftSection={<IconCheckbox size={16} />}
            onClick={() => setComposer(composer === 'task' ? null : 'task')}
          >
            {t('timeline.add_task')}
          </Button>
        </Group>
        <Group gap="sm" align="flex-end">
          <Chip.Group multiple value={kinds} onChange={(next) => next.length > 0 && setKinds(next as TimelineKind[])}>
            <Group gap={6} role="group" aria-label={t('timeline.filter')}>
              {TIMELINE_KINDS.map((kind) => (
                <Chip key={kind} value={kind} size="sm">
                  {t(KIND_LABELS[kind])}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {kinds.includes('activity') && (
            <MultiSelect
              aria-label={t('timeline.activity_types')}
              placeholder={activityTypes.length === 0 ? t('timeline.activity_types') : undefined}
              data={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(choiceKey('activity_type', type)) }))}
              value={activityTypes}
              onChange={setActivityTypes}
              clearable
              size="sm"
              w={260}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </Group>
      </div>

      {composer === 'note' && <NoteComposer record={record} onDone={() => setComposer(null)} />}
      {composer === 'task' && <TaskComposer record={record} onDone={() => setComposer(null)} />}
      {composer === 'call' && <LogCallDialog record={record} onClose={() => setComposer(null)} />}

      {timeline.failure ? (
        <Alert color="red" title={t('timeline.load_failed')}>
          {errorText(t, timeline.failure)}
        </Alert>
      ) : timeline.entries === null ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : timeline.entries.length === 0 ? (
        <Text c="dimmed">{t(filtered ? 'timeline.empty_filtered' : 'timeline.empty')}</Text>
      ) : (
        <ul className={classes.list} aria-label={t('timeline.title')}>
          {timeline.entries.map((entry) => (
            <TimelineItem key={entry.key} entry={entry} area={area} />
          ))}
        </ul>
      )}
      {timeline.hasMore && (
        <Button variant="default" w="fit-content" loading={timeline.loadingMore} onClick={timeline.loadMore}>
          {t('timeline.load_more')}
        </Button>
      )}
    </Stack>
  );
}
