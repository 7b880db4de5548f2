import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef, WorkArea } from '../../../src-shared/entities';
import { errorText } from '../../app/errors';
import { useLocale } from '../../i18n/useLocale';
import { navigate } from '../../app/navigation';
import { useListState, useUiStore } from '../../stores/ui-store';
import { entityText } from '../entity-text';
import { listColumnsOf } from './columns';
import { FilterChips } from './FilterChips';
import classes from './ListPage.module.css';
import { RecordGrid } from './RecordGrid';
import { useRecordList } from './useRecordList';

/** A record type's list: title, quick find, New, filter chips and the virtualized grid. */
export function ListPage({ area, entity }: { area: WorkArea; entity: EntityDef }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const view = useListState(entity.name);
  const setQuickFind = useUiStore((s) => s.setQuickFind);
  const list = useRecordList(entity.name, view);
  const columns = useMemo(() => listColumnsOf(entity, (f) => t(f.label)), [entity, t]);
  const [findText, setFindText] = useState(view.quickFind);
  const [debouncedFind] = useDebouncedValue(findText, 250);

  useEffect(() => {
    setQuickFind(entity.name, debouncedFind);
  }, [entity.name, debouncedFind, setQuickFind]);

  const searchable = entity.fields.filter((f) => f.searchable).map((f) => t(f.label));
  const filtering = view.filters.length > 0 || view.quickFind.trim() !== '';
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
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => navigate({ kind: 'new', area, entity, prefill: {} })}
          >
            {t('list.new')}
          </Button>
        </Group>
      </Group>
      <FilterChips entity={entity} filters={view.filters} />
      {list.error && list.rows.length === 0 ? (
        <Alert color="red" title={t('list.load_failed')}>
          {errorText(t, list.error)}
        </Alert>
      ) : empty ? (
        <Stack align="center" justify="center" gap="sm" className={classes.empty}>
          <Text size="lg" fw={500}>
            {filtering ? t('list.no_matches') : entityText(t, entity, 'none')}
          </Text>
          {filtering ? (
            <Text c="dimmed">{t('list.no_matches_hint')}</Text>
          ) : (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate({ kind: 'new', area, entity, prefill: {} })}
            >
              {entityText(t, entity, 'new')}
            </Button>
          )}
        </Stack>
      ) : (
        <RecordGrid area={area} entity={entity} columns={columns} list={list} />
      )}
    </div>
  );
}
