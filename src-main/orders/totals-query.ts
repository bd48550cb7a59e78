import type Database from 'better-sqlite3'
import type { OrderTotalsSummary } from '../../src-shared/domain/order-types'
import type { OrderFilter } from '../../src-shared/ipc/channels/orders'
import { localDayStartUtc } from '../customers/list-filters'
import { prepared } from '../db/sql'
import { orderFilterSql } from './list-filter'

/** Orders, Σ total and Σ refunded of one status, from wherever they were counted. */
interface StatusSums {
  status: string
  orders: number
  total: number
  refunded: number
}

const MIDNIGHT = 'T00:00:00.000Z'

/**
 * Sums over every order a filter matches, exactly, without reading every order: the filter's
 * whole UTC months come from `order_month_totals`, its other whole UTC days from
 * `order_day_totals` (both kept by triggers), the part-days at its edges (the shop's midnight is
 * not UTC's) from the orders on the `orders_page_time` index. A filter on one customer or an
 * order number reads those few orders directly.
 */
export function computeOrderTotals(db: Database.Database, filter: OrderFilter): OrderTotalsSummary {
  // The day and month sums know nothing of a drill's campaign, products or sales rule.
  if (filter.customerId !== undefined || filter.number || filter.drill) return combine(fromOrders(db, filter, null))
  const from = filter.from === undefined ? null : localDayStartUtc(filter.from, 0)
  const to = filter.to === undefined ? null : localDayStartUtc(filter.to, 1)
  const firstWholeDay = from === null ? '' : from.endsWith(MIDNIGHT) ? from.slice(0, 10) : nextDay(from.slice(0, 10))
  const endWholeDay = to === null ? '9999-12-31' : to.slice(0, 10)
  if (firstWholeDay >= endWholeDay) return combine(fromOrders(db, filter, { from, to }))
  return combine([
    ...fromWholeDays(db, filter, firstWholeDay, endWholeDay),
    ...(from === null ? [] : fromOrders(db, filter, { from, to: firstWholeDay + MIDNIGHT })),
    ...(to === null ? [] : fromOrders(db, filter, { from: endWholeDay + MIDNIGHT, to })),
  ])
}

/** Sales leave out cancelled orders; refunds are what records gave back, or all of an order imported as refunded. */
function combine(sums: readonly StatusSums[]): OrderTotalsSummary {
  const out = { count: 0, cancelled: 0, sales: 0, refunded: 0, net: 0 }
  for (const s of sums) {
    out.count += s.orders
    if (s.status === 'cancelled') {
      out.cancelled += s.orders
      continue
    }
    out.sales += s.total
    out.refunded += s.status === 'refunded' ? s.total : s.refunded
  }
  out.net = out.sales - out.refunded
  return out
}

/** The whole UTC days [firstDay, endDay): the whole months among them by the month, the rest by the day. */
function fromWholeDays(db: Database.Database, filter: OrderFilter, firstDay: string, endDay: string): StatusSums[] {
  // '' (no start) is before every month; a day that is not the 1st starts its month's remainder.
  const firstMonth = firstDay === '' || firstDay.endsWith('-01') ? firstDay : nextMonth(firstDay)
  const endMonth = `${endDay.slice(0, 7)}-01`
  if (firstMonth >= endMonth) return fromSums(db, filter, DAYS, firstDay, endDay)
  return [
    ...fromSums(db, filter, MONTHS, firstMonth.slice(0, 7), endMonth.slice(0, 7)),
    ...(firstMonth === firstDay ? [] : fromSums(db, filter, DAYS, firstDay, firstMonth)),
    ...fromSums(db, filter, DAYS, endMonth, endDay),
  ]
}

const DAYS = { table: 'order_day_totals', key: 'day' }
const MONTHS = { table: 'order_month_totals', key: 'month' }

/** Sums of the rows of a totals table with keys in [first, end). */
function fromSums(
  db: Database.Database,
  filter: OrderFilter,
  sums: { table: string; key: string },
  first: string,
  end: string,
): StatusSums[] {
  const clauses = [`t.${sums.key} >= @first`, `t.${sums.key} < @end`]
  const params: Record<string, string | number> = { first, end }
  const equal = (column: string, value: string | undefined): void => {
    if (value === undefined) return
    clauses.push(`t.${column} = @${column}`)
    params[column] = value
  }
  equal('status', filter.status)
  equal('channel', filter.channel)
  equal('payment_method', filter.paymentMethod)
  if (filter.walkIn) clauses.push('t.walk_in = 1')
  return prepared(
    db,
    `SELECT t.status, sum(t.orders) AS orders, sum(t.total) AS total, sum(t.refunded) AS refunded
     FROM ${sums.table} t WHERE ${clauses.join(' AND ')} GROUP BY t.status`,
  ).all(params) as StatusSums[]
}

/** Straight from the orders: the whole filter, or only the instants [from, to) of it. */
function fromOrders(
  db: Database.Database,
  filter: OrderFilter,
  range: { from: string | null; to: string | null } | null,
): StatusSums[] {
  const { where, params } = orderFilterSql(range === null ? filter : { ...filter, from: undefined, to: undefined }, { db })
  const clauses = [where]
  if (range?.from != null) {
    clauses.push('o.ordered_at >= @rangeFrom')
    params.rangeFrom = range.from
  }
  if (range?.to != null) {
    clauses.push('o.ordered_at < @rangeTo')
    params.rangeTo = range.to
  }
  return prepared(
    db,
    `SELECT o.status, count(*) AS orders, coalesce(sum(o.total), 0) AS total, coalesce(sum(o.refunded), 0) AS refunded
     FROM orders o WHERE ${clauses.join(' AND ')} GROUP BY o.status`,
  ).all(params) as StatusSums[]
}

/** The first day of the month after `day`'s. */
function nextMonth(day: string): string {
  const [year, month] = day.split('-').map(Number)
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}${MIDNIGHT}`) + 86_400_000).toISOString().slice(0, 10)
}
