/**
 * The orders feature. The shell's router renders
 *   <OrdersPage />                 for { page: 'orders', tab?, intent? } (orders and products tabs; intent 'new' opens the order form)
 *   <OrderDetailPage id={…} />     for { page: 'order', id }
 * Importing the feature registers its palette provider and the customer page's orders panel.
 */
import { registerPaletteProvider } from '../../registries/palette'
import { orderPaletteProvider } from './api/order-palette-provider'
import { registerOrderPanels } from './panels'
import './orders.css'

registerPaletteProvider(orderPaletteProvider)
registerOrderPanels()

export { OrdersPage } from './list/orders-page'
export { OrderDetailPage } from './detail/order-detail-page'
