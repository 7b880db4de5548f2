import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListPage } from '../../../src-shared/api';
import {
  getEntity,
  getField,
  type EntityDef,
  type RelatedList as RelatedListDef,
  type WorkArea,
} from '../../../src-shared/entities';
import { formatRef } from '../../../src-shared/rules/records';
import { useApi } from '../../api';
import { errorText } from '../../app/errors';
import { EntityIcon } from '../../app/icons';
import { linkProps } from '../../app/navigation';
import { areaForEntity } from '../../app/work-area';
import { useLocale } from '../../i18n/useLocale';
import { entityText } from '../entity-text';
import { recordIconOf } from '../entity-icon';
import { formatFieldValue } from '../fields/display';
import { NewRecordButton } from '../list/NewRecordButton';

const LIMIT = 50;

/**
 * A parent's child records (an account's contacts, its activities) with
 * "New <child>" prefilled with the parent. A regarding field links by
 * `"<entity>:<id>"`; a field the rules fill (a series' occurrences) offers
 * no "New".
 */
export function RelatedList({
  area,
  parent,
  parentId,
  relation,
}: {
  area: WorkArea;
  parent: EntityDef;
  parentId: string;
  relation: RelatedListDef;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const child = getEntity(relation.entity);
  const childArea = areaForEntity(child, area);
  const via = getField(child, relation.via);
  const link = via?.type === 'regarding' ? formatRef(parent.name, parentId) : parentId;
  const [page, setPage] = useState<ListPage | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const read = useCallback(
    () =>
      api.call('records.list', {
        entity: relation.entity,
        filters: [{ field: relation.via, op: 'eq', value: link }],
        // The type field too, for each row's icon (a phone call's, an e-mail's).
        columns: [
          ...(relation.columns ?? getEntity(relation.entity).listColumns),
          ...(getEntity(relation.entity).typeField ? [getEntity(relation.entity).typeField as string] : []),
        ],
        sort: relation.sort ?? { field: 'display_name', dir: 'asc' },
        limit: LIMIT,
      }),
    [api, relation, link],
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

  const columns = (relation.columns ?? child.listColumns.filter((c) => c !== relation.via).slice(0, 4))
    .map((name) => getField(child, name))
    .filter((f) => f !== undefined);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t(relation.label)}>
      <Group justify="space-between" mb="md">
        <Title order={3} size="h5">
          {t(relation.label)}
        </Title>
        {!via?.readOnly && (
          <NewRecordButton
            area={childArea}
            entity={child}
            label={entityText(t, child, 'new')}
            prefill={{ [relation.via]: link }}
            size="sm"
            variant="light"
          />
        )}
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
                  <Group gap="xs" wrap="nowrap">
                    {child.typeField && <EntityIcon name={recordIconOf(child, row.values)} size={16} />}
                    <Anchor {...linkProps({ kind: 'record', area: childArea, entity: child, id: row.id })} fw={500}>
                      {row.display_name || t('list.unnamed')}
                    </Anchor>
                  </Group>
                </Table.Td>
                {columns.map((f) => (
                  <Table.Td key={f.name}>
                    {formatFieldValue(f, row.values[f.name], row.lookups[f.name]?.name, {
                      t,
                      locale,
                      refNames: row.refNames,
                    })}
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
