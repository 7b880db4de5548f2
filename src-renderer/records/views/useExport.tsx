import { useCallback } from 'react';
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportProgress, ExportStartInput } from '../../../src-shared/api';
import { useApi, type ApiClient } from '../../api';
import { errorText, notifyError, translateIssue } from '../../app/errors';
import { i18n } from '../../i18n/setup';
import { useLocale } from '../../i18n/useLocale';

/**
 * CSV export of what a list shows. The backend asks where to save (desktop)
 * or prepares a download (browser); progress arrives as events and shows in
 * a notification with a Cancel button. In the browser the finished file is
 * fetched with its one-time ticket through an ordinary link, so the
 * browser's own download handling (and "Save as") takes over.
 */

interface Running {
  readonly name: string;
  readonly ticket: string | null;
}

function download(jobId: string, ticket: string, fileName: string) {
  const link = document.createElement('a');
  link.href = `/api/exports/${encodeURIComponent(jobId)}?ticket=${encodeURIComponent(ticket)}`;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

function ProgressMessage({ progress, onCancel }: { progress: ExportProgress; onCancel(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const total = progress.total;
  const percent = total ? Math.min(100, (progress.done / total) * 100) : 0;
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <Stack gap={6}>
      <Text size="sm">
        {total === null ? t('export.preparing') : t('export.progress', { done: progress.done, total })}
      </Text>
      <Progress
        value={percent}
        animated={total === null}
        striped={total === null}
        aria-label={total === null ? t('export.preparing') : `${number(progress.done)} / ${number(total)}`}
      />
      <Group justify="flex-end">
        <Button size="compact-xs" variant="subtle" color="gray" onClick={onCancel}>
          {t('export.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

interface Manager {
  readonly running: Map<string, Running>;
  /** Progress that overtook the answer to export.start (a small export may even be done first). */
  readonly early: Map<string, ExportProgress>;
  handle(progress: ExportProgress, job: Running): void;
}

/**
 * One per window (per API client), living as long as it: an export keeps
 * reporting, and its download still starts, after the user leaves the list.
 */
const managers = new WeakMap<ApiClient, Manager>();

function managerFor(api: ApiClient): Manager {
  const existing = managers.get(api);
  if (existing) return existing;
  const t = i18n.t.bind(i18n);
  const created: Manager = {
    running: new Map(),
    early: new Map(),
    handle(progress, job) {
      report(api, t, progress, job);
      if (progress.state === 'done' || progress.state === 'failed' || progress.state === 'cancelled') {
        created.running.delete(progress.jobId);
        if (progress.state === 'done' && progress.delivery === 'download' && job.ticket) {
          download(progress.jobId, job.ticket, progress.fileName);
        }
      }
    },
  };
  api.on('export-progress', (progress) => {
    const job = created.running.get(progress.jobId);
    if (job) return created.handle(progress, job);
    created.early.set(progress.jobId, progress);
    // Only the last few unclaimed jobs are kept (other windows export too).
    if (created.early.size > 20) created.early.delete(created.early.keys().next().value ?? '');
  });
  managers.set(api, created);
  return created;
}

export function useExport(): (input: ExportStartInput, displayName: string) => Promise<void> {
  const api = useApi();
  const { t } = useTranslation();
  return useCallback(
    async (input, displayName) => {
      const manager = managerFor(api);
      try {
        const started = await api.call('export.start', input);
        if (started.state !== 'started') return;
        const job = { name: displayName, ticket: started.ticket };
        manager.running.set(started.jobId, job);
        notifications.show({
          id: started.jobId,
          title: t('export.title', { name: displayName }),
          message: t('export.preparing'),
          loading: true,
          autoClose: false,
          withCloseButton: false,
        });
        const overtaken = manager.early.get(started.jobId);
        manager.early.delete(started.jobId);
        if (overtaken) manager.handle(overtaken, job);
      } catch (error) {
        notifyError(error, t('export.failed'));
      }
    },
    [api, t],
  );
}

function report(api: ApiClient, t: TFunction, progress: ExportProgress, job: Running) {
  const id = progress.jobId;
  const title = t('export.title', { name: job.name });
  switch (progress.state) {
    case 'counting':
    case 'writing':
      notifications.update({
        id,
        title,
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: (
          <ProgressMessage
            progress={progress}
            onCancel={() => void api.call('export.cancel', { jobId: id }).catch((e: unknown) => notifyError(e))}
          />
        ),
      });
      return;
    case 'done':
      notifications.update({
        id,
        title,
        color: 'teal',
        loading: false,
        autoClose: 6000,
        withCloseButton: true,
        message:
          progress.delivery === 'file'
            ? t('export.done_file', { count: progress.done, file: progress.fileName })
            : t('export.done_download', { count: progress.done }),
      });
      return;
    case 'cancelled':
      notifications.update({
        id,
        title,
        color: 'gray',
        loading: false,
        autoClose: 4000,
        withCloseButton: true,
        message: t('export.cancelled'),
      });
      return;
    case 'failed':
      notifications.update({
        id,
        title: t('export.failed'),
        color: 'red',
        loading: false,
        autoClose: false,
        withCloseButton: true,
        message: progress.error ? translateIssue(t, progress.error) : errorText(t, null),
      });
  }
}
