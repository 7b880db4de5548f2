import { useEffect, useMemo, useState } from 'react';
import { Alert, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef, WorkArea } from '../../../src-shared/entities';
import { useLocale } from '../../i18n/useLocale';
import { useListState, useUiStore } from '../../stores/ui-store';
import { entityText } from '../entity-text';
import { listErrorText } from '../views/list-error';
import { ListViewControls } from '../views/ListViewControls';
import { useListView } from '../views/useListView';
import { listColumnsOf } from './columns';
import { FilterChips } from './FilterChips';
import classes from './ListPage.module.css';
import { NewRecordButton } from './NewRecordButton';
import { RecordGrid } from './RecordGrid';
import { useRecordList } from './useRecordList';

/** A record type's list: title, quick find, New, the view bar, filter chips and the virtualized grid. */
export function ListPage({ area, entity }: { area: WorkArea; entity: EntityDef }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const view = useListState(entity.name);
  const setQuickFind = useUiStore((s) => s.setQuickFind);
  const listView = useListView(entity);
  const list = useRecordList(entity.name, listView.query);
  const shownColumns = listView.shown.columns;
  const columns = useMemo(() => listColumnsOf(entity, (f) => t(f.label), shownColumns), [entity, t, shownColumns]);
  const [findText, setFindText] = useState(view.quickFind);
  const [debouncedFind] = useDebouncedValue(findText, 250);

  useEffect(() => {
    setQuickFind(entity.name, debouncedFind);
  }, [entity.name, debouncedFind, setQuickFind]);

  const searchable = entity.fields.filter((f) => f.searchable).map((f) => t(f.label));
  const filtering = listView.narrowed;
  const empty = !list.initial && list.rows.length === 0 && !list.error;

  return (
    <div className={classes.page}>
      <Group justify="space-between" align="flex-end" gap="md" className={classes.toolbar}>
        <Title order={2} className={classes.title}>
          {t(entity.pluralLabel)}
        </Title>
        <Group gap="sm" align="flex-end" wrap="nowrap" className={classes.actions}>
          <TextInput
            label={t('list.quick_find')}
            placeholder={t('list.quick_find_placeholder')}
            title={t('list.quick_find_fields', {
              fields: new Intl.ListFormat(locale, { type: 'unit' }).format(searchable),
            })}
            leftSection={<IconSearch size={16} />}
            value={findText}
            onChange={(e) => setFindText(e.currentTarget.value)}
            className={classes.quickFind}
            type="search"
          />
          <NewRecordButton area={area} entity={entity} label={t('list.new')} />
        </Group>
      </Group>
      <ListViewControls entity={entity} listView={listView} />
      <FilterChips entity={entity} filters={view.filters} />
      {list.error && list.rows.length === 0 ? (
        <Alert color="red" title={t('list.load_failed')}>
          {listErrorText(t, list.error)}
        </Alert>
      ) : empty ? (
        <Stack align="center" justify="center" gap="sm" className={classes.empty}>
          <Text size="lg" fw={500}>
            {filtering ? t('list.no_matches') : entityText(t, entity, 'none')}
          </Text>
          {filtering ? (
            <Text c="dimmed">{t('list.no_matches_hint')}</Text>
          ) : (
            <NewRecordButton area={area} entity={entity} label={entityText(t, entity, 'new')} variant="light" />
          )}
        </Stack>
      ) : (
        <RecordGrid area={area} entity={entity} columns={columns} list={list} />
      )}
    </div>
  );
}
