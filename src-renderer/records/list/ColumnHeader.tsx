import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SortState } from '../../stores/ui-store';
import type { ListColumn } from './columns';
import type { AppliedFilter } from './filter-model';
import { FilterPopover } from './FilterPopover';
import classes from './RecordGrid.module.css';

interface ColumnHeaderProps {
  readonly column: ListColumn;
  readonly sort: SortState;
  readonly filtered: boolean;
  onSort(sort: SortState): void;
  onFilter(filters: AppliedFilter[]): void;
}

/** A column title: click to sort (asc, then desc) when the field is sortable; a filter button beside it. */
export function ColumnHeader({ column, sort, filtered, onSort, onFilter }: ColumnHeaderProps) {
  const { t } = useTranslation();
  const { field } = column;
  const label = t(field.label);
  const sorted = sort.field === field.name ? sort.dir : null;
  const ariaSort =
    sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : field.sortable ? 'none' : undefined;
  const SortIcon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;

  return (
    <div role="columnheader" aria-sort={ariaSort} className={classes.headerCell}>
      {field.sortable ? (
        <UnstyledButton
          className={classes.sortButton}
          onClick={() => onSort({ field: field.name, dir: sorted === 'asc' ? 'desc' : 'asc' })}
          title={t(sorted === 'asc' ? 'list.sort_desc' : 'list.sort_asc', { field: label })}
        >
          <span className={classes.headerText}>{label}</span>
          <SortIcon size={14} className={sorted ? classes.sortIconActive : classes.sortIcon} aria-hidden />
        </UnstyledButton>
      ) : (
        <span className={classes.headerText}>{label}</span>
      )}
      <FilterPopover field={field} active={filtered} onApply={onFilter} />
    </div>
  );
}
