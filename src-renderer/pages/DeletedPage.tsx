import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Loader, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeletedItem } from '../../src-shared/api';
import { getEntity, isEntityName, siteMapFor, type WorkArea } from '../../src-shared/entities';
import { useApi } from '../api';
import { errorText, notifyError, notifySuccess } from '../app/errors';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import classes from './Page.module.css';

/** Tombstoned records of the work area's record types, newest first, each with Restore. */
export function DeletedPage({ area }: { area: WorkArea }) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const [items, setItems] = useState<readonly DeletedItem[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const areaEntities = new Set(siteMapFor(area).flatMap((s) => s.entities.map((e) => e.name)));

  const read = useCallback(
    () =>
      api
        .call('records.deleted', { limit: 200 })
        .then((list) => [...list].sort((a, b) => b.deleted_at.localeCompare(a.deleted_at))),
    [api],
  );
  const load = useCallback(
    () =>
      read().then(
        (list) => {
          setItems(list);
          setFailure(null);
        },
        (error: unknown) => setFailure(error),
      ),
    [read],
  );

  useEffect(() => {
    let live = true;
    read().then(
      (list) => live && setItems(list),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [read]);
  useEffect(() => api.on('records-changed', () => void load()), [api, load]);

  async function restore(item: DeletedItem) {
    setRestoring(item.id);
    try {
      await api.call('records.restore', { entity: item.entity, id: item.id });
      notifySuccess(t('deleted.restored', { name: item.name }));
      await load();
    } catch (error) {
      notifyError(error);
    } finally {
      setRestoring(null);
    }
  }

  const shown = (items ?? []).filter((i) => isEntityName(i.entity) && areaEntities.has(i.entity));

  return (
    <div className={classes.page}>
      <Title order={2} mb={4}>
        {t('deleted.title')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('deleted.intro')}
      </Text>
      {failure ? (
        <Alert color="red">{errorText(t, failure)}</Alert>
      ) : items === null ? (
        <Loader aria-label={t('app.loading')} />
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('deleted.empty')}</Text>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={t('deleted.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deleted.name')}</Table.Th>
                <Table.Th>{t('deleted.type')}</Table.Th>
                <Table.Th>{t('deleted.deleted_at')}</Table.Th>
                <Table.Th>{t('deleted.deleted_by')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('deleted.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((item) => {
                const entity = getEntity(item.entity);
                return (
                  <Table.Tr key={`${item.entity}:${item.id}`}>
                    <Table.Td fw={500}>{item.name || t('list.unnamed')}</Table.Td>
                    <Table.Td>{t(entity.label)}</Table.Td>
                    <Table.Td>{formatDateTime(locale, item.deleted_at)}</Table.Td>
                    <Table.Td>{item.deleted_by.name}</Table.Td>
                    <Table.Td ta="end">
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconRestore size={14} />}
                        loading={restoring === item.id}
                        onClick={() => void restore(item)}
                        aria-label={t('deleted.restore_named', { name: item.name })}
                      >
                        {t('deleted.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </div>
  );
}
