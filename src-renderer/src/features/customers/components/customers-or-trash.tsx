import { useCustomerListStore } from '../stores/list'
import { CustomersPage } from './list/customers-page'
import { TrashPage } from './trash/trash-page'

/** The customers route: the list, or the Trash when the view switch says so. */
export function CustomersOrTrash() {
  const view = useCustomerListStore((s) => s.view)
  return view === 'trash' ? <TrashPage /> : <CustomersPage />
}
