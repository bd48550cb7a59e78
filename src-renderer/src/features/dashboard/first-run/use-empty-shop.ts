import { useQuery } from '../../../lib/use-query'

const ONE_CUSTOMER = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 1 } as const
const ONE_ORDER = { filter: {}, sort: { column: 'orderedAt', dir: 'desc' }, offset: 0, limit: 1 } as const

/**
 * True when the shop has no customers and no orders (a first run): the dashboard then says what
 * to do next instead of showing eight empty cards. False while either count is unknown, so a
 * real shop's cards are never held back; a shop with some customers keeps the cards' reasons.
 */
export function useEmptyShop(): boolean {
  const customers = useQuery('customers.list', ONE_CUSTOMER, { entities: ['customers'] })
  const orders = useQuery('orders.list', ONE_ORDER, { entities: ['orders'] })
  return customers.data?.total === 0 && orders.data?.total === 0
}
