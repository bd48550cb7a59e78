import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { makeTempDir } from '../support/temp-dir'

describe('ensureDefaultPipelineStages', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))
  const freshDb = (): ReturnType<typeof openDatabase>['db'] => {
    const { dir, cleanup } = makeTempDir('kehu-stages-')
    const { db } = openDatabase(`${dir}/kehu.sqlite`, { create: true })
    cleanups.push(() => (db.close(), cleanup()))
    return db
  }
  const stages = (db: ReturnType<typeof freshDb>): unknown[] =>
    db.prepare('SELECT name, position, probability, kind FROM pipeline_stages ORDER BY position').raw().all()

  it('creates the six stages in Chinese', () => {
    const db = freshDb()
    expect(ensureDefaultPipelineStages(db, 'zh-CN')).toBe(6)
    expect(stages(db)).toEqual([
      ['新线索', 0, 0.1, 'open'],
      ['已联系', 1, 0.25, 'open'],
      ['方案报价', 2, 0.5, 'open'],
      ['谈判', 3, 0.75, 'open'],
      ['成交', 4, 1, 'won'],
      ['流失', 5, 0, 'lost'],
    ])
  })

  it('creates the six stages in English', () => {
    const db = freshDb()
    expect(ensureDefaultPipelineStages(db, 'en')).toBe(6)
    expect(stages(db).map((s) => (s as unknown[])[0])).toEqual(['Lead', 'Contacted', 'Proposal', 'Negotiation', 'Won', 'Lost'])
  })

  it('leaves existing stages alone, so it is safe on every open', () => {
    const db = freshDb()
    db.prepare("INSERT INTO pipeline_stages (name, position, kind) VALUES ('Enquiry', 0, 'open')").run()
    expect(ensureDefaultPipelineStages(db, 'en')).toBe(0)
    expect(ensureDefaultPipelineStages(db, 'zh-CN')).toBe(0)
    expect(stages(db)).toEqual([['Enquiry', 0, 0, 'open']])
  })
})
