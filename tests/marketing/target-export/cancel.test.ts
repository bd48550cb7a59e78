import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertCampaign } from '../../../src-main/marketing/write'
import { targetExportJob } from '../../../src-main/marketing/target-export/job'
import { openTestBackend, type TestBackend } from '../../support/test-db'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

describe('target-list export job: progress and Cancel', () => {
  it('reports progress per 5,000 rows and, cancelled, leaves no file behind', async () => {
    const db = backend.db
    const campaignId = insertCampaign(db, { name: 'Spring' })
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000)
             INSERT INTO customers (name, marketing_consent) SELECT 'C' || i, 'yes' FROM n`)
    db.prepare('INSERT INTO campaign_members (campaign_id, customer_id) SELECT ?, id FROM customers').run(campaignId)
    const path = join(backend.dir, 'list.csv')
    const seen: [number, number][] = []
    const input = {
      source: { kind: 'campaign' as const, campaignId },
      includeUnknown: false,
      columns: [],
      encoding: 'utf8bom' as const,
      path,
      locale: 'en' as const,
    }
    const done = await targetExportJob(
      db,
      { ...input, path: join(backend.dir, 'whole.csv') },
      {
        progress: (d, t) => void seen.push([d, t]),
        isCancelled: () => false,
      },
    )
    expect(done.file.rows).toBe(12000)
    expect(seen).toEqual([
      [0, 12000],
      [5000, 12000],
      [10000, 12000],
    ])
    let asked = 0
    await expect(targetExportJob(db, input, { progress: () => undefined, isCancelled: () => ++asked > 1 })).rejects.toMatchObject(
      {
        code: 'cancelled',
      },
    )
    expect(existsSync(path)).toBe(false)
    expect(readdirSync(backend.dir).filter((f) => f.includes('list'))).toEqual([])
  })
})
