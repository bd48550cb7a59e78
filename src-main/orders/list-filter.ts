import type Database from 'better-sqlite3'
import type { OrderFilter } from '../../src-shared/ipc/channels/orders'
import { localDayStartUtc } from '../customers/list-filters'
import { orderDrillSql } from '../insights/drill/order-drill'

/** WHERE clause over `orders o` and its named parameters, for the list and its totals alike. */
export interface OrderFilterSql {
  where: string
  params: Record<string, string | number>
}

const MAX_CHAR = '\u{10FFFF}'

/**
 * `timeIndex: false` keeps the date range from steering the query to the time index (`+` makes
 * the terms unusable by an index), so a walk of another index in its order can be chosen. A drill
 * to a campaign's orders needs `db` (its attribution is computed).
 */
export function orderFilterSql(
  filter: OrderFilter,
  options: { timeIndex?: boolean; db?: Database.Database } = {},
): OrderFilterSql {
  const at = options.timeIndex === false ? '+o.ordered_at' : 'o.ordered_at'
  const clauses = ['o.deleted_at IS NULL']
  const params: OrderFilterSql['params'] = {}
  const equal = (column: string, name: string, value: string | number | undefined): void => {
    if (value === undefined) return
    clauses.push(`${column} = @${name}`)
    params[name] = value
  }
  // Dates are the shop's calendar days; ordered_at is UTC (see localDayStartUtc).
  if (filter.from !== undefined) {
    clauses.push(`${at} >= @from`)
    params.from = localDayStartUtc(filter.from, 0)
  }
  if (filter.to !== undefined) {
    clauses.push(`${at} < @to`)
    params.to = localDayStartUtc(filter.to, 1)
  }
  equal('o.status', 'status', filter.status)
  equal('o.customer_id', 'customerId', filter.customerId)
  if (filter.walkIn) clauses.push('o.customer_id IS NULL')
  equal('o.channel', 'channel', filter.channel)
  equal('o.payment_method', 'paymentMethod', filter.paymentMethod)
  if (filter.number) {
    // A prefix as a range, so the unique index on number answers it.
    clauses.push('o.number >= @number AND o.number < @numberEnd')
    params.number = filter.number
    params.numberEnd = filter.number + MAX_CHAR
  }
  if (filter.drill) {
    if (!options.db) throw new TypeError('orderFilterSql: a drill needs the database')
    const drill = orderDrillSql(options.db, filter.drill)
    clauses.push(...drill.clauses)
    Object.assign(params, drill.params)
  }
  return { where: clauses.join(' AND '), params }
}
