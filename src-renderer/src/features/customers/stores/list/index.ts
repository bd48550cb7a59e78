import { create } from 'zustand'
import { devtools } from 'zustand/middleware'
import { createCustomerListActions, type CustomerListStore } from './action'
import { initialCustomerListState } from './initial-state'
import { devtoolsEnabled } from '../../../../stores/devtools'

/** What the customer list shows (search, filters, view, sort, columns) and what is ticked. */
export const useCustomerListStore = create<CustomerListStore>()(
  devtools((...a) => ({ ...initialCustomerListState(), ...createCustomerListActions(...a) }), {
    name: 'customers',
    enabled: devtoolsEnabled(),
  }),
)

export type { CustomerListStore, CustomerListActions } from './action'
export * from './initial-state'
export * from './selectors'
