import { useCallback, useEffect, useMemo } from 'react';
import type { EntityDef } from '../../../src-shared/entities';
import type { ViewDefinition } from '../../../src-shared/views/view-definition';
import { useListState, useUiStore } from '../../stores/ui-store';
import { toApiFilter } from '../list/filter-model';
import type { ListQueryState } from '../list/useRecordList';
import { useViews } from './useViews';
import { effectiveView, hasConditions, isModified, queryColumns, withFilters, type EffectiveView } from './view-state';

export interface ListView {
  readonly views: readonly ViewDefinition[];
  /** The chosen view; null while a saved view chosen earlier is still loading. */
  readonly view: ViewDefinition | null;
  /** What the list shows: the view with the user's changes, column filters folded into the criteria. */
  readonly shown: EffectiveView;
  readonly modified: boolean;
  /** Whether anything narrows the list (criteria, filters or quick find). */
  readonly narrowed: boolean;
  /** The list query; null until the view is known. */
  readonly query: ListQueryState | null;
  choose(view: ViewDefinition): void;
  /** After saving or deleting a view: re-read the views and show `id` (the default view for null). */
  reloadAndShow(id: string | null): Promise<void>;
}

/** A record type's list as seen through its current view. */
export function useListView(entity: EntityDef): ListView {
  const state = useListState(entity.name);
  const applyView = useUiStore((s) => s.applyView);
  const { views, loaded, reload } = useViews(entity);
  const chosen = state.viewId === null ? views[0] : views.find((v) => v.id === state.viewId);
  const view = chosen ?? (loaded ? views[0] : undefined) ?? null;

  // A chosen view that no longer exists (deleted here or on another window): back to the default one.
  useEffect(() => {
    if (loaded && state.viewId !== null && !chosen && views[0]) applyView(entity.name, views[0]);
  }, [loaded, state.viewId, chosen, views, entity.name, applyView]);

  const base = view ?? views[0]!;
  const { sort, filters, quickFind, columns, criteria } = state;
  const own = useMemo(
    () => effectiveView(base, { sort, columns, criteria, filters: [] }),
    [base, sort, columns, criteria],
  );
  const apiFilters = useMemo(() => filters.map(toApiFilter), [filters]);
  const shown = useMemo(() => ({ ...own, criteria: withFilters(own.criteria, apiFilters) }), [own, apiFilters]);
  const listColumns = useMemo(() => queryColumns(entity, own.columns), [entity, own.columns]);

  const choose = useCallback((next: ViewDefinition) => applyView(entity.name, next), [applyView, entity.name]);
  const reloadAndShow = useCallback(
    async (id: string | null) => {
      const all = await reload();
      const next = (id && all.find((v) => v.id === id)) || all[0];
      if (next) applyView(entity.name, next);
    },
    [reload, applyView, entity.name],
  );

  return {
    views,
    view,
    shown,
    modified: isModified(base, { sort, columns, criteria, filters: apiFilters }),
    narrowed: hasConditions(shown.criteria) || quickFind.trim() !== '',
    query: view ? { sort, filters, quickFind, columns: listColumns, criteria: own.criteria } : null,
    choose,
    reloadAndShow,
  };
}
