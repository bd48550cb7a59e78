/**
 * The customers feature. The shell's router renders
 *   <CustomersPage />                        for { page: 'customers', intent?: 'new' } (reads the intent from the navigation store)
 *   <CustomerDetailPage id={route.id} />     for { page: 'customer', id } (from './detail', a lazy route)
 * Importing the feature also registers its palette provider and the customer page's panels
 * (registries replace by id, so a repeated import is harmless).
 */
import { registerPaletteProvider } from '../../registries/palette'
import { customerPaletteProvider } from './api/customer-palette-provider'
import { registerCustomerPagePanels } from './panels'
import './customers.css'

registerPaletteProvider(customerPaletteProvider)
registerCustomerPagePanels()

export { CustomersPage } from './components/list/customers-page'
