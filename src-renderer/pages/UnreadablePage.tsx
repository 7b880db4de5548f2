import { useEffect, useState } from 'react';
import { Alert, Button, Center, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../src-shared/api';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { errorText, notifyError, notifySuccess } from '../app/errors';
import { formatDateTime, formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';

/**
 * The database file could not be opened (damaged, or written by a newer
 * version). Nothing here writes to it: restoring the newest backup or
 * starting over both move the bad file aside first, never overwriting it.
 */
export function UnreadablePage() {
  const api = useApi();
  const { info, refresh } = useAppInfo();
  const { t } = useTranslation();
  const locale = useLocale();
  const [backups, setBackups] = useState<readonly BackupInfo[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState(false);
  const [startingOver, setStartingOver] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('db.backups', {}).then(
      (list) => live && setBackups([...list].sort((a, b) => b.created_at.localeCompare(a.created_at))),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const newest = backups?.[0];

  function restoreNewest() {
    if (!newest) return;
    modals.openConfirmModal({
      title: t('unreadable.confirm_title'),
      children: <Text>{t('unreadable.confirm_text', { when: formatDateTime(locale, newest.created_at) })}</Text>,
      labels: { confirm: t('unreadable.restore_newest'), cancel: t('common.cancel') },
      onConfirm: async () => {
        setRestoring(true);
        try {
          await api.call('db.restoreBackup', { file: newest.file });
          notifySuccess(t('unreadable.restored'));
          await refresh();
        } catch (error) {
          notifyError(error);
        } finally {
          setRestoring(false);
        }
      },
    });
  }

  function startOver() {
    modals.openConfirmModal({
      title: t('unreadable.start_over_title'),
      children: <Text>{t('unreadable.start_over_text')}</Text>,
      labels: { confirm: t('unreadable.start_over'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setStartingOver(true);
        try {
          await api.call('db.startOver', {});
          notifySuccess(t('unreadable.started_over'));
          await refresh();
        } catch (error) {
          notifyError(error);
        } finally {
          setStartingOver(false);
        }
      },
    });
  }

  // A newer version's file is not damaged: starting over would only hide its data.
  const canStartOver = info.problem?.messageKey !== 'problem.newer_version';

  const problem = info.problem
    ? t(info.problem.messageKey, { ...(info.problem.params ?? {}), defaultValue: info.problem.message })
    : t('unreadable.unknown_problem');

  return (
    <Center mih="100vh" p="xl">
      <Stack maw={760} w="100%" gap="lg">
        <Title order={1}>{t('unreadable.title')}</Title>
        <Alert color="red" variant="light" icon={<IconDatabaseOff />} title={t('unreadable.problem')}>
          <Text>{problem}</Text>
          <Text size="sm" mt="xs">
            {t('unreadable.untouched')}
          </Text>
        </Alert>
        <Text size="sm" c="dimmed">
          {t('unreadable.data_folder')} <Code>{info.dataDir}</Code>
        </Text>
        <Title order={3}>{t('unreadable.backups')}</Title>
        {loadError ? (
          <Alert color="red">{errorText(t, loadError)}</Alert>
        ) : backups === null ? (
          <Loader aria-label={t('app.loading')} />
        ) : backups.length === 0 ? (
          <Text c="dimmed">{t('unreadable.no_backups')}</Text>
        ) : (
          <Table striped withTableBorder aria-label={t('unreadable.backups')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('unreadable.backup_file')}</Table.Th>
                <Table.Th>{t('unreadable.backup_created')}</Table.Th>
                <Table.Th>{t('unreadable.backup_size')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.file}>
                  <Table.Td>{b.file}</Table.Td>
                  <Table.Td>{formatDateTime(locale, b.created_at)}</Table.Td>
                  <Table.Td>
                    {t('unreadable.kilobytes', { size: formatInteger(locale, Math.ceil(b.size / 1024)) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="sm">
          <Button color="red" disabled={!newest} loading={restoring} onClick={restoreNewest}>
            {t('unreadable.restore_newest')}
          </Button>
          {canStartOver && (
            <Button variant="default" loading={startingOver} onClick={startOver}>
              {t('unreadable.start_over')}
            </Button>
          )}
        </Group>
      </Stack>
    </Center>
  );
}
