import { create, type StateCreator } from 'zustand';
import type { Language, ThemePreference } from '../../src-shared/api';
import type { WorkArea } from '../../src-shared/entities';
import type { Criteria } from '../../src-shared/query';
import type { AppliedFilter } from '../records/list/filter-model';

/**
 * UI state only: which work area is open, the preferences as last applied,
 * how each list is sorted and filtered, and whether a form has unsaved
 * changes. Records never live here; they come from the backend.
 */

export interface SortState {
  readonly field: string;
  readonly dir: 'asc' | 'desc';
}

export interface ListViewState {
  readonly sort: SortState;
  readonly filters: readonly AppliedFilter[];
  readonly quickFind: string;
  /** The chosen view; null: the record type's default view. */
  readonly viewId: string | null;
  /** Columns the user chose instead of the view's; null: the view's. */
  readonly columns: readonly string[] | null;
  /** Advanced-find criteria instead of the view's; null: the view's. */
  readonly criteria: Criteria | null;
}

export const DEFAULT_LIST_STATE: ListViewState = {
  sort: { field: 'display_name', dir: 'asc' },
  filters: [],
  quickFind: '',
  viewId: null,
  columns: null,
  criteria: null,
};

interface NavigationSlice {
  workArea: WorkArea;
  setWorkArea(area: WorkArea): void;
}

interface PreferencesSlice {
  language: Language;
  theme: ThemePreference;
  setPreferences(prefs: { language?: Language; theme?: ThemePreference }): void;
}

interface ListsSlice {
  lists: Readonly<Record<string, ListViewState>>;
  setSort(entity: string, sort: SortState): void;
  addFilters(entity: string, filters: readonly AppliedFilter[]): void;
  removeFilter(entity: string, index: number): void;
  clearFilters(entity: string): void;
  setQuickFind(entity: string, text: string): void;
  /** Shows a view as saved: its sort, no changed columns or criteria, no column filters. */
  applyView(entity: string, view: { readonly id: string; readonly sort: SortState }): void;
  setColumns(entity: string, columns: readonly string[] | null): void;
  /** Replaces the criteria; the column filters are dropped because `criteria` already holds them. */
  setCriteria(entity: string, criteria: Criteria): void;
}

interface FormSlice {
  formDirty: boolean;
  setFormDirty(dirty: boolean): void;
}

export type UiState = NavigationSlice & PreferencesSlice & ListsSlice & FormSlice;

type Slice<T> = StateCreator<UiState, [], [], T>;

const navigationSlice: Slice<NavigationSlice> = (set) => ({
  workArea: 'sales',
  setWorkArea: (workArea) => set({ workArea }),
});

const preferencesSlice: Slice<PreferencesSlice> = (set) => ({
  language: 'en',
  theme: 'auto',
  setPreferences: (prefs) => set((s) => ({ language: prefs.language ?? s.language, theme: prefs.theme ?? s.theme })),
});

const listsSlice: Slice<ListsSlice> = (set) => {
  const update = (entity: string, change: (current: ListViewState) => Partial<ListViewState>) =>
    set((s) => {
      const current = s.lists[entity] ?? DEFAULT_LIST_STATE;
      return { lists: { ...s.lists, [entity]: { ...current, ...change(current) } } };
    });
  return {
    lists: {},
    setSort: (entity, sort) => update(entity, () => ({ sort })),
    addFilters: (entity, filters) => update(entity, (c) => ({ filters: [...c.filters, ...filters] })),
    removeFilter: (entity, index) => update(entity, (c) => ({ filters: c.filters.filter((_, i) => i !== index) })),
    clearFilters: (entity) => update(entity, () => ({ filters: [] })),
    setQuickFind: (entity, quickFind) => update(entity, () => ({ quickFind })),
    applyView: (entity, view) =>
      update(entity, () => ({ viewId: view.id, sort: view.sort, columns: null, criteria: null, filters: [] })),
    setColumns: (entity, columns) => update(entity, () => ({ columns })),
    setCriteria: (entity, criteria) => update(entity, () => ({ criteria, filters: [] })),
  };
};

const formSlice: Slice<FormSlice> = (set) => ({
  formDirty: false,
  setFormDirty: (formDirty) => set({ formDirty }),
});

export const useUiStore = create<UiState>()((...a) => ({
  ...navigationSlice(...a),
  ...preferencesSlice(...a),
  ...listsSlice(...a),
  ...formSlice(...a),
}));

export function useListState(entity: string): ListViewState {
  return useUiStore((s) => s.lists[entity] ?? DEFAULT_LIST_STATE);
}
