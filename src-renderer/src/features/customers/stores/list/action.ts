import type { StateCreator } from 'zustand'
import { emptySelection, type Selection } from '../../../../lib/selection'
import {
  emptyFilters,
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
}

export type CustomerListStore = CustomerListState & CustomerListActions

type Creator = StateCreator<CustomerListStore, [['zustand/devtools', never]], [], CustomerListActions>

/** Every change to what the list shows also clears the selection: ticked rows may be gone. */
export const createCustomerListActions: Creator = (set) => {
  const requery = (patch: Partial<CustomerListState>, action: string): void =>
    set({ ...patch, selection: emptySelection<number>() }, false, `customers/${action}`)
  return {
    setSearch: (search) => requery({ search }, 'setSearch'),
    setFilter: (field, value) =>
      set(
        (s) => ({ filters: { ...s.filters, [field]: value }, selection: emptySelection<number>() }),
        false,
        'customers/setFilter',
      ),
    toggleTagFilter: (tagId) =>
      set(
        (s) => {
          const tagIds = s.filters.tagIds.includes(tagId)
            ? s.filters.tagIds.filter((t) => t !== tagId)
            : [...s.filters.tagIds, tagId]
          return { filters: { ...s.filters, tagIds }, selection: emptySelection<number>() }
        },
        false,
        'customers/toggleTagFilter',
      ),
    clearFilters: () => requery({ filters: emptyFilters(), search: '' }, 'clearFilters'),
    setView: (view) => requery({ view }, 'setView'),
    setSort: (sort) => requery({ sort }, 'setSort'),
    setSelection: (selection) => set({ selection }, false, 'customers/setSelection'),
    toggleColumn: (column) =>
      set(
        (s) => ({ columns: s.columns.includes(column) ? s.columns.filter((c) => c !== column) : [...s.columns, column] }),
        false,
        'customers/toggleColumn',
      ),
  }
}
