/**
 * The customers feature. The shell's router renders
 *   <CustomersPage />                        for { page: 'customers', intent?: 'new' } (reads the intent from the navigation store)
 *   <CustomerDetailPage id={route.id} />     for { page: 'customer', id } (from './detail', a lazy route)
 * Importing the feature also registers its palette provider, the customer page's panels and the
 * Trash section of Settings
 * (registries replace by id, so a repeated import is harmless).
 */
import { registerPaletteProvider } from '../../registries/palette'
import { customerPaletteProvider } from './api/customer-palette-provider'
import { newCustomerDialog } from './components/form/lazy-new-customer-dialog'
import { registerCustomerPagePanels } from './panels'
import { registerCustomerSettings } from './settings'
import './customers.css'
import './merge.css'
import './trash.css'

registerPaletteProvider(customerPaletteProvider)
registerCustomerPagePanels()
registerCustomerSettings()

// The Trash is the same route with the view switch on Trash.
export { CustomersOrTrash as CustomersPage } from './components/customers-or-trash'
export const preloadCustomerDialogs = newCustomerDialog.preload
export { loadListSetup } from './api/list-setup'
