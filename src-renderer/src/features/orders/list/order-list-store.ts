import { create } from 'zustand'
import type { OrderFilter, OrderListInput } from '../../../../../src-shared/ipc/channels/orders'

/** The orders list's filter and sort, kept while the user opens an order and comes back. */
interface OrderListState {
  filter: OrderFilter
  /** The customer the list is narrowed to, with the name to show (the filter holds the id). */
  customer: { id: number; name: string } | null
  sort: OrderListInput['sort']
  setFilter(patch: Partial<OrderFilter>): void
  clearFilter(): void
  setCustomer(customer: { id: number; name: string } | null): void
  setSort(sort: OrderListInput['sort']): void
}

export const useOrderListStore = create<OrderListState>()((set) => ({
  filter: {},
  customer: null,
  sort: { column: 'orderedAt', dir: 'desc' },
  // An emptied control removes its key, so the filter sent never carries '' or undefined.
  setFilter: (patch) =>
    set((s) => ({
      filter: Object.fromEntries(
        Object.entries({ ...s.filter, ...patch }).filter(([, v]) => v !== undefined && v !== '' && v !== false),
      ) as OrderFilter,
    })),
  clearFilter: () => set({ filter: {}, customer: null }),
  setCustomer: (customer) => {
    set({ customer })
    useOrderListStore.getState().setFilter({ customerId: customer?.id })
  },
  setSort: (sort) => set({ sort }),
}))
