import type { StateCreator } from 'zustand'
import type { CustomerListPrefs, CustomerViewState, ListView } from '../../../../../../src-shared/ipc/channels/views'
import { emptySelection, type Selection } from '../../../../lib/selection'
import {
  emptyFilters,
  OPTIONAL_COLUMNS,
  type CustomerFilters,
  type CustomerListState,
  type CustomerView,
  type OptionalColumn,
} from './initial-state'

export interface CustomerListActions {
  setSearch(search: string): void
  setFilter<F extends keyof CustomerFilters>(field: F, value: CustomerFilters[F]): void
  toggleTagFilter(tagId: number): void
  clearFilters(): void
  setView(view: CustomerView): void
  setSort(sort: CustomerListState['sort']): void
  setSelection(selection: Selection<number>): void
  toggleColumn(column: OptionalColumn): void
  setColumns(columns: readonly OptionalColumn[]): void
  setWidth(column: string, width: number): void
  setOpened(index: number): void
  /** Shows a saved view (search, filters, sort, columns), or with null "All customers" (no search, no filters). */
  applySavedView(view: ListView | null): void
  /** The saved view as it is now saved (after a save, rename or default change), without re-applying it. */
  setSavedView(view: ListView | null): void
  /** At start: the remembered layout, then the default view over it. */
  restore(prefs: CustomerListPrefs | null, defaultView: ListView | null): void
}

export type CustomerListStore = CustomerListState & CustomerListActions

type Creator = StateCreator<CustomerListStore, [['zustand/devtools', never]], [], CustomerListActions>

/** Visible columns in the table's order, each once. */
const inOrder = (columns: readonly OptionalColumn[]): OptionalColumn[] => OPTIONAL_COLUMNS.filter((c) => columns.includes(c))

const stateOf = (view: CustomerViewState): Partial<CustomerListState> => ({
  search: view.search,
  filters: { ...view.filters, tagIds: [...view.filters.tagIds] },
  sort: view.sort,
  columns: inOrder(view.columns),
})

/** Every change to which rows the list shows clears the selection (ticked rows may be gone) and the opened row. */
export const createCustomerListActions: Creator = (set) => {
  const requery = (
    patch: Partial<CustomerListState> | ((s: CustomerListState) => Partial<CustomerListState>),
    action: string,
  ): void =>
    set(
      (s) => ({ ...(typeof patch === 'function' ? patch(s) : patch), selection: emptySelection<number>(), opened: null }),
      false,
      `customers/${action}`,
    )
  return {
    setSearch: (search) => requery({ search }, 'setSearch'),
    setFilter: (field, value) => requery((s) => ({ filters: { ...s.filters, [field]: value } }), 'setFilter'),
    toggleTagFilter: (tagId) =>
      requery((s) => {
        const tagIds = s.filters.tagIds.includes(tagId)
          ? s.filters.tagIds.filter((t) => t !== tagId)
          : [...s.filters.tagIds, tagId]
        return { filters: { ...s.filters, tagIds } }
      }, 'toggleTagFilter'),
    clearFilters: () => requery({ filters: emptyFilters(), search: '' }, 'clearFilters'),
    setView: (view) => requery({ view }, 'setView'),
    setSort: (sort) => requery({ sort }, 'setSort'),
    setSelection: (selection) => set({ selection }, false, 'customers/setSelection'),
    toggleColumn: (column) =>
      set(
        (s) => ({
          columns: inOrder(s.columns.includes(column) ? s.columns.filter((c) => c !== column) : [...s.columns, column]),
        }),
        false,
        'customers/toggleColumn',
      ),
    setColumns: (columns) => set({ columns: inOrder(columns) }, false, 'customers/setColumns'),
    setWidth: (column, width) => set((s) => ({ widths: { ...s.widths, [column]: width } }), false, 'customers/setWidth'),
    setOpened: (opened) => set({ opened }, false, 'customers/setOpened'),
    applySavedView: (view) =>
      requery(
        view ? { ...stateOf(view.state), savedView: view } : { search: '', filters: emptyFilters(), savedView: null },
        'applySavedView',
      ),
    setSavedView: (savedView) => set({ savedView }, false, 'customers/setSavedView'),
    restore: (prefs, defaultView) =>
      set(
        {
          ...(prefs ? { sort: prefs.sort, columns: inOrder(prefs.columns), widths: prefs.widths } : {}),
          ...(defaultView ? { ...stateOf(defaultView.state), savedView: defaultView } : {}),
          ready: true,
        },
        false,
        'customers/restore',
      ),
  }
}
