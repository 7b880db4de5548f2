import { useEffect, useState } from 'react';
import { Alert, Badge, Loader, Paper, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../src-shared/api';
import { getField, type EntityDef } from '../../../src-shared/entities';
import { useApi } from '../../api';
import { errorText } from '../../app/errors';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import { formatFieldValue } from '../fields/display';
import classes from './HistoryPanel.module.css';
import { useReferenceNames } from './useReferenceNames';

/** The record's audit history: when, who, which field, old -> new, newest first. */
export function HistoryPanel({ entity, id }: { entity: EntityDef; id: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const [entries, setEntries] = useState<readonly HistoryEntry[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const names = useReferenceNames(entity, entries ?? []);

  useEffect(() => {
    let live = true;
    const load = () =>
      api.call('records.history', { entity: entity.name, id }).then(
        (list) => live && setEntries([...list].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)),
        (error: unknown) => live && setFailure(error),
      );
    void load();
    const off = api.on('records-changed', (e) => e.ids.includes(id) && void load());
    return () => {
      live = false;
      off();
    };
  }, [api, entity.name, id]);

  if (failure) return <Alert color="red">{errorText(t, failure)}</Alert>;
  if (!entries) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (entries.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;

  const show = (fieldName: string | null, value: HistoryEntry['old_value']) => {
    const field = fieldName ? getField(entity, fieldName) : undefined;
    if (!field) return value === null ? '' : String(value);
    const name = typeof value === 'string' ? names[value] : undefined;
    return formatFieldValue(field, value, name, { t, locale, refNames: names });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('form.tab_history')}>
      <Table verticalSpacing="sm" aria-label={t('form.tab_history')} className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.when')}</Table.Th>
            <Table.Th>{t('history.who')}</Table.Th>
            <Table.Th>{t('history.action')}</Table.Th>
            <Table.Th>{t('history.field')}</Table.Th>
            <Table.Th>{t('history.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const field = entry.field ? getField(entity, entry.field) : undefined;
            const before = show(entry.field, entry.old_value);
            const after = show(entry.field, entry.new_value);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td className={classes.nowrap}>{formatDateTime(locale, entry.at)}</Table.Td>
                <Table.Td>{entry.user.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={ACTION_COLORS[entry.action]}>
                    {t(`history.actions.${entry.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{field ? t(field.label) : (entry.field ?? '')}</Table.Td>
                <Table.Td>
                  {entry.merge ? (
                    <span dir="auto">
                      {t(entry.merge.role === 'master' ? 'history.merged_with' : 'history.merged_into', {
                        name: entry.merge.other.name,
                      })}
                    </span>
                  ) : entry.field && entry.action === 'create' && entry.old_value === null ? (
                    <span dir="auto">{after}</span>
                  ) : entry.field ? (
                    <span className={classes.change}>
                      <span className={classes.old} dir="auto">
                        {before || t('history.blank')}
                      </span>
                      <IconArrowRight size={14} className={classes.arrow} aria-label={t('history.changed_to')} />
                      <span dir="auto">{after || t('history.blank')}</span>
                    </span>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

const ACTION_COLORS: Record<HistoryEntry['action'], string> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  restore: 'grape',
  merge: 'orange',
};
