import { useEffect, useRef } from 'react';
import { Button, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { EntityDef, WorkArea } from '../../../src-shared/entities';
import { useListState, useUiStore } from '../../stores/ui-store';
import { ColumnHeader } from './ColumnHeader';
import { gridTemplateOf, type ListColumn } from './columns';
import { GridRow } from './GridRow';
import classes from './RecordGrid.module.css';
import type { RecordListState } from './useRecordList';

export const ROW_HEIGHT = 44;
/** Start fetching the next page this many rows before the end. */
const PREFETCH_ROWS = 40;

interface RecordGridProps {
  readonly area: WorkArea;
  readonly entity: EntityDef;
  readonly columns: readonly ListColumn[];
  readonly list: RecordListState;
}

/**
 * The virtualized grid: only the rows in view (plus a little overscan) are
 * in the DOM, so a million-row list costs the same as a hundred-row one.
 */
export function RecordGrid({ area, entity, columns, list }: RecordGridProps) {
  const { t } = useTranslation();
  const view = useListState(entity.name);
  const setSort = useUiStore((s) => s.setSort);
  const addFilters = useUiStore((s) => s.addFilters);
  const scroller = useRef<HTMLDivElement>(null);
  const count = list.rows.length + (list.hasMore || list.error ? 1 : 0);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => list.rows[index]?.id ?? `tail-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (list.hasMore && !list.error && lastIndex >= list.rows.length - PREFETCH_ROWS) list.loadMore();
  }, [lastIndex, list]);

  // A new query starts at the top.
  const queryKey = JSON.stringify(view);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const template = gridTemplateOf(columns);
  const minWidth = columns.reduce((sum, c) => sum + c.min, 0);
  const filteredFields = new Set(view.filters.map((f) => f.field));

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={t(entity.pluralLabel)}
      aria-rowcount={-1}
      aria-busy={list.loading}
    >
      <div role="rowgroup" className={classes.head} style={{ minWidth }}>
        <div role="row" aria-rowindex={1} className={classes.headerRow} style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <ColumnHeader
              key={column.field.name}
              column={column}
              sort={view.sort}
              filtered={filteredFields.has(column.field.name)}
              onSort={(sort) => setSort(entity.name, sort)}
              onFilter={(filters) => addFilters(entity.name, filters)}
            />
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {items.map((item) => {
          const row = list.rows[item.index];
          const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
          if (!row) {
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} className={classes.tailRow} style={style}>
                <div role="cell" className={classes.tailCell}>
                  {list.error ? (
                    <>
                      <Text size="sm" c="red">
                        {t('list.load_more_failed')}
                      </Text>
                      <Button size="compact-sm" variant="light" onClick={list.loadMore}>
                        {t('common.retry')}
                      </Button>
                    </>
                  ) : (
                    <>
                      <Loader size="xs" />
                      <Text size="sm" c="dimmed">
                        {t('list.loading_more')}
                      </Text>
                    </>
                  )}
                </div>
              </div>
            );
          }
          return (
            <GridRow
              key={item.key}
              area={area}
              entity={entity}
              row={row}
              index={item.index}
              columns={columns}
              template={template}
              style={style}
            />
          );
        })}
      </div>
    </div>
  );
}
