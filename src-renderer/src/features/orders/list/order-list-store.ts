import { create } from 'zustand'
import type { OrderFilter, OrderListInput } from '../../../../../src-shared/ipc/channels/orders'

/** The orders list's filter and sort, kept while the user opens an order and comes back. */
interface OrderListState {
  filter: OrderFilter
  sort: OrderListInput['sort']
  setFilter(patch: Partial<OrderFilter>): void
  clearFilter(): void
  setSort(sort: OrderListInput['sort']): void
}

export const useOrderListStore = create<OrderListState>()((set) => ({
  filter: {},
  sort: { column: 'orderedAt', dir: 'desc' },
  // An emptied control removes its key, so the filter sent never carries '' or undefined.
  setFilter: (patch) =>
    set((s) => ({
      filter: Object.fromEntries(
        Object.entries({ ...s.filter, ...patch }).filter(([, v]) => v !== undefined && v !== '' && v !== false),
      ) as OrderFilter,
    })),
  clearFilter: () => set({ filter: {} }),
  setSort: (sort) => set({ sort }),
}))
