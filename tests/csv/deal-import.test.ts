import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { stageByName } from '../../src-main/deals/stages'
import { createDeal } from '../../src-main/deals/write'
import { fileWith, importCsv, openCsvTestDb, snapshot } from './support'

interface DealRow {
  id: number
  title: string
  value: number
  stage_id: number
  probability: number | null
  status: string
  lost_reason: string | null
  closed_at: string | null
  created_at: string
  customer_id: number | null
}

describe('deal import goes through the deals module', () => {
  let b: ReturnType<typeof openCsvTestDb>
  beforeEach(() => {
    b = openCsvTestDb()
    ensureDefaultPipelineStages(b.db, 'en')
  })
  afterEach(() => b.close())
  const deal = (title: string) => b.db.prepare('SELECT * FROM deals WHERE title = ?').get(title) as DealRow
  const history = (id: number) =>
    b.db
      .prepare('SELECT from_stage_id AS "from", to_stage_id AS "to", at FROM deal_stage_history WHERE deal_id = ? ORDER BY id')
      .all(id)
  const stage = (name: string) => stageByName(b.db, name)!.id

  it('an imported won deal has closed_at and a stage-history row, exactly like a deal created through the domain write', async () => {
    const csv = 'Title,Value,Stage,Customer,Phone\nOffice beans,1200.50,Won,王芳,13800138000\n'
    const report = await importCsv(b.db, fileWith(b.dir, 'deals.csv', csv), { kind: 'deals' })
    expect(report).toMatchObject({ created: 1, failed: 0 })
    const imported = deal('Office beans')
    expect(imported).toMatchObject({ status: 'won', probability: 1, value: 120_050, stage_id: stage('Won') })
    expect(imported.closed_at).toBe(imported.created_at)
    expect(history(imported.id)).toEqual([{ from: null, to: stage('Won'), at: imported.created_at }])

    const direct = createDeal(b.db, { title: 'Direct', value: 120_050, stageId: stage('Won'), customerId: imported.customer_id })
    const made = deal('Direct')
    const rules = (d: DealRow) => ({
      stage: d.stage_id,
      status: d.status,
      probability: d.probability,
      closedAtCreation: d.closed_at === d.created_at,
      customer: d.customer_id,
    })
    expect(rules(imported)).toEqual(rules(made))
    expect(history(direct)).toEqual([{ from: null, to: stage('Won'), at: made.created_at }])
  })

  it('a lost status without a stage puts the deal in the lost column; an open one starts in the first stage', async () => {
    const csv = 'Title,Status,Lost reason,Probability\nTea for the office,lost,Too dear,\nCake order,open,,40%\n'
    const report = await importCsv(b.db, fileWith(b.dir, 'deals.csv', csv), { kind: 'deals' })
    expect(report).toMatchObject({ created: 2, failed: 0 })
    const lostDeal = deal('Tea for the office')
    expect(lostDeal).toMatchObject({ stage_id: stage('Lost'), status: 'lost', probability: 0, lost_reason: 'Too dear' })
    expect(lostDeal.closed_at).not.toBeNull()
    // The file's probability wins over the stage's.
    expect(deal('Cake order')).toMatchObject({ stage_id: stage('Lead'), status: 'open', probability: 0.4, closed_at: null })
  })

  it('an unknown stage fails its row only', async () => {
    const csv = 'Title,Stage\nGood,Proposal\nBad,Nowhere\n'
    const report = await importCsv(b.db, fileWith(b.dir, 'deals.csv', csv), { kind: 'deals' })
    expect(report).toMatchObject({ created: 1, failed: 1 })
    expect(report.issues[0]).toMatchObject({ row: 3, code: 'unknown_stage' })
  })

  it('a re-import that moves a deal writes its history row, and undo puts the deal and its history back', async () => {
    await importCsv(b.db, fileWith(b.dir, 'a.csv', 'Title,Stage,uid\nGrinders,Proposal,deal-0001\n'), { kind: 'deals' })
    const before = deal('Grinders')
    const historyBefore = history(before.id)
    const counts = snapshot(b.db)
    await new Promise((r) => setTimeout(r, 5))
    const second = await importCsv(b.db, fileWith(b.dir, 'b.csv', 'Title,Stage,uid\nGrinders,Won,deal-0001\n'), { kind: 'deals' })
    expect(second).toMatchObject({ created: 0, updated: 1 })
    const moved = deal('Grinders')
    expect(moved).toMatchObject({ id: before.id, stage_id: stage('Won'), status: 'won', probability: 1 })
    expect(moved.closed_at).not.toBeNull()
    expect(history(before.id)).toEqual([...historyBefore, { from: stage('Proposal'), to: stage('Won'), at: moved.closed_at }])

    expect(undoImport(b.db, second.importId!)).toEqual({ removed: 0, restored: 1 })
    expect(deal('Grinders')).toEqual(before)
    expect(history(before.id)).toEqual(historyBefore)
    expect(snapshot(b.db)).toEqual({ ...counts, imports: counts.imports + 1, import_changes: counts.import_changes + 1 })
  })
})
