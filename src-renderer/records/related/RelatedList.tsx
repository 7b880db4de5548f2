import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ListPage } from '../../../src-shared/api';
import { getEntity, getField, type RelatedList as RelatedListDef, type WorkArea } from '../../../src-shared/entities';
import { useApi } from '../../api';
import { errorText } from '../../app/errors';
import { linkProps, navigate } from '../../app/navigation';
import { areaForEntity } from '../../app/work-area';
import { useLocale } from '../../i18n/useLocale';
import { entityText } from '../entity-text';
import { formatFieldValue } from '../fields/display';

const LIMIT = 50;

/** A parent's child records (an account's contacts) with "New <child>" prefilled with the parent. */
export function RelatedList({
  area,
  parentId,
  relation,
}: {
  area: WorkArea;
  parentId: string;
  relation: RelatedListDef;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const child = getEntity(relation.entity);
  const childArea = areaForEntity(child, area);
  const [page, setPage] = useState<ListPage | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const read = useCallback(
    () =>
      api.call('records.list', {
        entity: child.name,
        filters: [{ field: relation.via, op: 'eq', value: parentId }],
        sort: { field: 'display_name', dir: 'asc' },
        limit: LIMIT,
      }),
    [api, child.name, relation.via, parentId],
  );

  useEffect(() => {
    let live = true;
    const load = () =>
      read().then(
        (next) => {
          if (!live) return;
          setPage(next);
          setFailure(null);
        },
        (error: unknown) => live && setFailure(error),
      );
    void load();
    const off = api.on('records-changed', (e) => e.entities.includes(child.name) && void load());
    return () => {
      live = false;
      off();
    };
  }, [api, child.name, read]);

  const columns = child.listColumns
    .filter((c) => c !== relation.via)
    .slice(0, 4)
    .map((name) => getField(child, name))
    .filter((f) => f !== undefined);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t(relation.label)}>
      <Group justify="space-between" mb="md">
        <Title order={3} size="h5">
          {t(relation.label)}
        </Title>
        <Button
          size="sm"
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            navigate({ kind: 'new', area: childArea, entity: child, prefill: { [relation.via]: parentId } })
          }
        >
          {entityText(t, child, 'new')}
        </Button>
      </Group>
      {failure ? (
        <Alert color="red">{errorText(t, failure)}</Alert>
      ) : page === null ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : page.rows.length === 0 ? (
        <Text c="dimmed">{entityText(t, child, 'none')}</Text>
      ) : (
        <Table highlightOnHover verticalSpacing="sm" aria-label={t(relation.label)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.name')}</Table.Th>
              {columns.map((f) => (
                <Table.Th key={f.name}>{t(f.label)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor {...linkProps({ kind: 'record', area: childArea, entity: child, id: row.id })} fw={500}>
                    {row.display_name || t('list.unnamed')}
                  </Anchor>
                </Table.Td>
                {columns.map((f) => (
                  <Table.Td key={f.name}>
                    {formatFieldValue(f, row.values[f.name], row.lookups[f.name]?.name, { t, locale })}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {page?.nextCursor && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('related.first_only', { count: LIMIT })}
        </Text>
      )}
    </Paper>
  );
}
