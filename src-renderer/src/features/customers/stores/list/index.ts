import { create } from 'zustand'
import { createCustomerListActions, type CustomerListStore } from './action'
import { initialCustomerListState } from './initial-state'
import { devtoolsEnabled, withDevtools } from '../../../../stores/devtools'

/** What the customer list shows (search, filters, view, sort, columns) and what is ticked. */
export const useCustomerListStore = create<CustomerListStore>()(
  withDevtools((...a) => ({ ...initialCustomerListState(), ...createCustomerListActions(...a) }), {
    name: 'customers',
    enabled: devtoolsEnabled(),
  }),
)

export type { CustomerListStore, CustomerListActions } from './action'
export * from './initial-state'
export * from './selectors'
