import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { SEEDED_TZ, seededResults, seedShop } from './support/seeded-results'
import { makeTempDir } from '../support/temp-dir'

/**
 * Reading analysis inputs as typed columns and SQL totals instead of row objects (issue 16)
 * must not change a single answer. `fixtures/seeded-shop-results.json` holds what every
 * analysis answered on this fixed seeded shop before that change (the code of 035d6e5, run
 * through this same helper; the campaigns entry re-recorded when issue 14 made ROI gross profit
 * over cost and attributed orders within a contact window — proven in tests/marketing/campaigns;
 * the two rfm entries re-recorded when the RFM segments became the usual eleven, with one-order
 * customers kept out of the repeat-buyer segments — the rule held to an independent SQL query
 * in tests/marketing/groups);
 * these are regression guards, not the proof of the math, which
 * stays in tests/analytics against R, scikit-learn and pandas.
 */
const before = JSON.parse(readFileSync(join(__dirname, 'fixtures/seeded-shop-results.json'), 'utf8')) as Record<string, unknown>

describe('every analysis of a fixed seeded shop', () => {
  const temp = makeTempDir('kehu-insights-unchanged-')
  const zone = process.env.TZ
  let results: Record<string, unknown>

  beforeAll(async () => {
    process.env.TZ = SEEDED_TZ
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    seedShop(db)
    results = await seededResults(db)
    db.close()
  })
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
    temp.cleanup()
  })

  it('answers what it answered before, analysis by analysis', () => {
    expect(Object.keys(results)).toEqual(Object.keys(before))
    for (const [name, result] of Object.entries(results)) expect(result, name).toEqual(before[name])
  })
})
