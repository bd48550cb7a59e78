import type Database from 'better-sqlite3'
import { join } from 'node:path'
import { createSegment } from '../../src-main/marketing/segments/write'
import { targetExportJob } from '../../src-main/marketing/target-export/job'
import { segmentDefinition } from '../../src-shared/domain/segment'
import type { BenchContext } from './context'
import { median, round } from './measure'

const MEMBERS = 50_000
const RUNS = 3

/**
 * `marketing.targetExport.seconds`: a saved 50,000-member segment (a tag on every other
 * customer) written as a target list — resolve, count the exclusions, write the CSV with every
 * column — on the shop the marketing group seeded. Half the members said yes, a tenth are
 * do-not-contact, the rest were never asked; the never-asked are included, so most rows are written.
 */
export async function targetExportFigure(ctx: BenchContext, db: Database.Database): Promise<Record<string, number>> {
  const tag = Number(db.prepare(`INSERT INTO tags (name) VALUES ('bench target list')`).run().lastInsertRowid)
  db.prepare(
    `INSERT INTO customer_tags (customer_id, tag_id) SELECT id, ? FROM customers WHERE deleted_at IS NULL AND id % 2 = 0 LIMIT ?`,
  ).run(tag, MEMBERS)
  db.exec(
    `UPDATE customers SET marketing_consent = CASE WHEN id % 4 = 0 THEN 'yes' ELSE 'unknown' END, do_not_contact = (id % 10 = 0)`,
  )
  const definition = segmentDefinition.parse({
    match: 'all',
    groups: [{ match: 'all', rules: [{ kind: 'tags', op: 'any', tagIds: [tag] }] }],
  })
  const segmentId = createSegment(db, 'bench 50k', definition)
  const env = { progress: () => undefined, isCancelled: () => false }
  const seconds: number[] = []
  let rows = 0
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    const result = await targetExportJob(
      db,
      {
        source: { kind: 'segment', segmentId },
        includeUnknown: true,
        columns: ['code', 'email', 'city', 'source', 'orderCount', 'lifetimeValue', 'lastPurchaseAt', 'consent', 'consentOn'],
        encoding: 'utf8bom',
        path: join(ctx.tmpDir, `target-${i}.csv`),
        locale: 'zh-CN',
      },
      env,
    )
    seconds.push((performance.now() - started) / 1000)
    rows = result.file.rows
    if (result.count.members !== MEMBERS) throw new Error(`the bench segment has ${result.count.members} members, not ${MEMBERS}`)
  }
  const out = { 'marketing.targetExport.seconds': round(median(seconds), 3), 'marketing.targetExport.rows': rows }
  ctx.log(JSON.stringify(out))
  return out
}
