import type Database from 'better-sqlite3'

/**
 * The tiles the slow way, straight from the raw tables, with the period's UTC bounds worked out
 * by SQLite from a fixed UTC offset (the zones tested keep no summer time): local midnight of a
 * day at +08:00 is 16:00 UTC the day before.
 */
export function bounds(db: Database.Database, from: string, to: string, offsetMinutes: number): [string, string] {
  const at = (day: string, plusDays: number) =>
    db
      .prepare(`SELECT strftime('%Y-%m-%dT%H:%M:%fZ', ?, ? || ' days', ? || ' minutes')`)
      .pluck()
      .get(day, plusDays, -offsetMinutes) as string
  return [at(from, 0), at(to, 1)]
}

const SOLD = `deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')`

export function salesBetween(db: Database.Database, start: string, end: string): { revenue: number; orders: number } {
  return db
    .prepare(
      `SELECT coalesce(sum(total), 0) AS revenue, count(*) AS orders FROM orders WHERE ${SOLD} AND ordered_at >= ? AND ordered_at < ?`,
    )
    .get(start, end) as { revenue: number; orders: number }
}

/** Live customers who bought in the period: all of them, those new (first purchase in it) and those who had bought before. */
export function buyersBetween(db: Database.Database, start: string, end: string) {
  const buyers = `SELECT DISTINCT o.customer_id AS id FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE c.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
      AND o.ordered_at >= @start AND o.ordered_at < @end`
  const count = (where: string) =>
    db.prepare(`SELECT count(*) FROM (${buyers}) b WHERE ${where}`).pluck().get({ start, end }) as number
  const earlier = `EXISTS (SELECT 1 FROM orders p WHERE p.customer_id = b.id AND p.deleted_at IS NULL
    AND p.status IN ('paid', 'shipped', 'completed') AND p.ordered_at < @start)`
  return { buyers: count('1'), returning: count(earlier), fresh: count(`NOT ${earlier}`) }
}

export function scoresBetween(db: Database.Database, start: string, end: string) {
  const row = (kind: string, good: string, bad: string) =>
    db
      .prepare(
        `SELECT count(*) AS n, sum(${good}) AS good, sum(${bad}) AS bad FROM survey_responses WHERE kind = ? AND at >= ? AND at < ?`,
      )
      .get(kind, start, end) as { n: number; good: number | null; bad: number | null }
  const csat = row('csat', 'score >= 4', '0')
  const nps = row('nps', 'score >= 9', 'score <= 6')
  return {
    csat: csat.n === 0 ? null : (100 * csat.good!) / csat.n,
    csatN: csat.n,
    nps: nps.n === 0 ? null : (100 * (nps.good! - nps.bad!)) / nps.n,
    npsN: nps.n,
  }
}

export function ticketsOpenedBetween(db: Database.Database, start: string, end: string): number {
  return db
    .prepare(
      'SELECT count(*) FROM tickets WHERE deleted_at IS NULL AND merged_into_id IS NULL AND opened_at >= ? AND opened_at < ?',
    )
    .pluck()
    .get(start, end) as number
}

/** Open deals in open stages, the weighted value rounded half up per deal at the basis point. */
export function openPipeline(db: Database.Database): { value: number; weighted: number } {
  const deals = db
    .prepare(
      `SELECT d.value, coalesce(d.probability, s.probability) AS p FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
       WHERE d.deleted_at IS NULL AND d.status = 'open' AND s.kind = 'open' AND s.deleted_at IS NULL`,
    )
    .all() as { value: number; p: number }[]
  return {
    value: deals.reduce((sum, d) => sum + d.value, 0),
    weighted: deals.reduce((sum, d) => sum + Math.floor((d.value * Math.round(d.p * 10_000) + 5_000) / 10_000), 0),
  }
}

export function openTickets(db: Database.Database): number {
  return db
    .prepare(`SELECT count(*) FROM tickets WHERE status IN ('open', 'pending') AND deleted_at IS NULL AND merged_into_id IS NULL`)
    .pluck()
    .get() as number
}
