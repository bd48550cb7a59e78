import type Database from 'better-sqlite3'
import { localDay } from '../../insights/support/days'

/**
 * RFM segments of a data file written again from the rules as stated, in one SQL query and
 * independently of the engine: counted orders (paid / shipped / completed, not deleted) of live
 * customers on or before `asOf` (local days); quintile k of rank i of n is the smallest k with
 * 5(i − 1) ≤ k(n − 1), ties in customer-id text order (pandas qcut of rank(method="first"),
 * which tests/analytics/rfm.test.ts checks the engine against); the segment rules as a
 * first-match chain.
 */
export function independentRfm(db: Database.Database, asOf: string): Map<string, { customers: number; revenue: number }> {
  db.function('test_local_day', (iso: string) => localDay(new Date(iso)))
  const quintile = (rank: string): string =>
    `CASE WHEN 5 * (${rank} - 1) <= 1 * (n - 1) THEN 1 WHEN 5 * (${rank} - 1) <= 2 * (n - 1) THEN 2
          WHEN 5 * (${rank} - 1) <= 3 * (n - 1) THEN 3 WHEN 5 * (${rank} - 1) <= 4 * (n - 1) THEN 4 ELSE 5 END`
  const rows = db
    .prepare(
      `WITH totals AS (
         SELECT o.customer_id AS id, count(*) AS orders, sum(o.total) AS spend,
                julianday(@asOf) - julianday(max(test_local_day(o.ordered_at))) AS recency
           FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND c.deleted_at IS NULL
            AND test_local_day(o.ordered_at) <= @asOf
          GROUP BY o.customer_id),
       ranked AS (
         SELECT id, orders, spend, (SELECT count(*) FROM totals) AS n,
                row_number() OVER (ORDER BY -recency, CAST(id AS TEXT)) AS rr,
                row_number() OVER (ORDER BY orders, CAST(id AS TEXT)) AS fr,
                row_number() OVER (ORDER BY spend, CAST(id AS TEXT)) AS mr
           FROM totals),
       scored AS (SELECT orders, spend, ${quintile('rr')} AS r, ${quintile('fr')} AS f, ${quintile('mr')} AS m FROM ranked)
       SELECT CASE WHEN r >= 4 AND f >= 4 AND m >= 4 AND orders > 1 THEN 'champions'
                   WHEN r >= 3 AND f >= 4 AND orders > 1 THEN 'loyal'
                   WHEN r >= 4 AND orders > 1 THEN 'potentialLoyalist'
                   WHEN r = 5 THEN 'new'
                   WHEN r = 4 THEN 'promising'
                   WHEN r = 3 AND orders > 1 THEN 'needAttention'
                   WHEN r = 3 THEN 'aboutToSleep'
                   WHEN f >= 4 AND m >= 4 AND orders > 1 THEN 'cantLose'
                   WHEN f >= 3 AND orders > 1 THEN 'atRisk'
                   WHEN r = 2 THEN 'hibernating'
                   ELSE 'lost' END AS segment,
              count(*) AS customers, sum(spend) AS revenue
         FROM scored GROUP BY segment`,
    )
    .all({ asOf }) as { segment: string; customers: number; revenue: number }[]
  return new Map(rows.map((r) => [r.segment, { customers: r.customers, revenue: r.revenue }]))
}
