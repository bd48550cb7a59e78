import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openPipeline, type Pipeline } from './support/pipeline'

let p: Pipeline
beforeEach(() => (p = openPipeline()))
afterEach(() => p.close())

const count = (sql: string, ...params: unknown[]): number =>
  p.backend.db
    .prepare(sql)
    .pluck()
    .get(...params) as number
const auditActions = (id: number) =>
  p.backend.db
    .prepare(`SELECT action FROM audit_log WHERE entity = 'deal' AND entity_id = ? ORDER BY id`)
    .pluck()
    .all(id) as string[]

describe('deals.create / deals.get', () => {
  it('creates a deal with its first history row and audit row; the page shows it', async () => {
    const customer = (await p.call('customers.create', { name: '李四' })).customer.id
    const deal = await p.call('deals.create', {
      title: '  Office beans ',
      value: 120_050,
      stageId: p.stage.proposal,
      customerId: customer,
      expectedClose: '2026-12-31',
    })
    expect(deal).toMatchObject({
      title: 'Office beans',
      value: 120_050,
      weighted: 60_025,
      probability: 0.5,
      stageName: 'Proposal',
      stageKind: 'open',
      customerName: '李四',
      expectedClose: '2026-12-31',
      lostReason: null,
      deletedAt: null,
    })
    expect(deal.history).toEqual([expect.objectContaining({ fromStage: null, toStage: 'Proposal', at: deal.createdAt })])
    expect(auditActions(deal.id)).toEqual(['create'])
    expect(await p.call('deals.get', { id: deal.id })).toEqual(deal)
  })

  it('bad input gets a translated message and changes nothing', async () => {
    const customer = (await p.call('customers.create', { name: '李四' })).customer.id
    const before = count('SELECT count(*) FROM deals')
    const base = { title: 'Beans', value: 100, stageId: p.stage.lead }
    const issue = async (input: object) => (await p.fail('deals.create', { ...base, ...input })).issues
    expect(await issue({ value: 1234.5 })).toEqual([
      { path: 'value', message: 'The value has more decimals than the currency allows.' },
    ])
    expect(await issue({ value: -1 })).toEqual([{ path: 'value', message: 'Enter a value from 0 to 1,000,000,000.' }])
    expect(await issue({ expectedClose: '99999-01-01' })).toEqual([
      { path: 'expectedClose', message: 'Enter a real date between 2000-01-01 and 2199-12-31.' },
    ])
    expect(await issue({ expectedClose: '2026-02-30' })).toEqual([
      { path: 'expectedClose', message: 'Enter a real date between 2000-01-01 and 2199-12-31.' },
    ])
    expect(await issue({ probability: 1.5 })).toEqual([{ path: 'probability', message: 'Enter a probability from 0 to 100 %.' }])
    expect((await p.fail('deals.create', { ...base, title: '  ' })).code).toBe('validation')
    expect(await p.fail('deals.create', { ...base, stageId: p.stage.lost })).toMatchObject({ code: 'deal_lost_reason_required' })
    expect(await p.fail('deals.create', { ...base, stageId: 4242 })).toMatchObject({ code: 'pipeline_stage_not_found' })
    await p.call('customers.delete', { ids: [customer] })
    expect(await p.fail('deals.create', { ...base, customerId: customer })).toMatchObject({ code: 'customer_not_found' })
    expect(count('SELECT count(*) FROM deals')).toBe(before)
  })

  it('the same bad input in Chinese', async () => {
    await p.call('settings.set', { locale: 'zh-CN' })
    const error = await p.fail('deals.create', {
      title: 'Beans',
      value: 0.5,
      stageId: p.stage.lead,
      expectedClose: '99999-01-01',
    })
    expect(error.issues).toEqual([
      { path: 'value', message: '金额的小数位数超过了该币种允许的位数。' },
      { path: 'expectedClose', message: '请输入 2000-01-01 到 2199-12-31 之间的有效日期。' },
    ])
  })
})

describe('deals.update', () => {
  it('edits the fields given; a new stage is a move with its history and timeline entry', async () => {
    const customer = (await p.call('customers.create', { name: '李四' })).customer.id
    const id = await p.deal('Beans', { customerId: customer, expectedClose: '2026-12-01' })
    const opened = await p.call('deals.get', { id })
    const edited = await p.call('deals.update', {
      id,
      updatedAt: opened.updatedAt,
      patch: { title: 'Beans, monthly', stageId: p.stage.lost, lostReason: 'No response', expectedClose: '' },
    })
    expect(edited).toMatchObject({ title: 'Beans, monthly', status: 'lost', lostReason: 'No response', expectedClose: null })
    expect(edited.history.map((h) => h.toStage)).toEqual(['Lead', 'Lost'])
    expect(edited.notes).toEqual([expect.objectContaining({ kind: 'system', body: 'Beans, monthly: Lead → Lost (No response)' })])
    expect(auditActions(id)).toEqual(['create', 'update'])
  })

  it('refuses a stale edit with "changed since you opened it", and a lost stage without a reason', async () => {
    const id = await p.deal('Beans')
    const opened = await p.call('deals.get', { id })
    await p.call('deals.update', { id, updatedAt: opened.updatedAt, patch: { value: 500 } })
    const stale = await p.fail('deals.update', { id, updatedAt: opened.updatedAt, patch: { value: 900 } })
    expect(stale).toMatchObject({
      code: 'stale_edit',
      message: 'This record changed since you opened it. Nothing was saved: look at the current version and try again.',
    })
    const fresh = await p.call('deals.get', { id })
    expect(fresh.value).toBe(500)
    expect(await p.fail('deals.update', { id, updatedAt: fresh.updatedAt, patch: { stageId: p.stage.lost } })).toMatchObject({
      code: 'deal_lost_reason_required',
    })
    expect((await p.call('deals.get', { id })).stageId).toBe(p.stage.lead)
  })
})

describe('deals.delete / restore / addNote / ofCustomer / closeMonths', () => {
  it('deletes softly with an audit row, restores, and leaves the board', async () => {
    const id = await p.deal('Beans', { value: 700 })
    expect(await p.call('deals.delete', { id })).toEqual({ count: 1 })
    expect(await p.call('deals.delete', { id })).toEqual({ count: 0 })
    const board = await p.call('deals.board', { filter: {}, limit: 30 })
    expect(board.columns[0]).toMatchObject({ count: 0, sum: 0 })
    expect(await p.fail('deals.move', { id, fromStageId: p.stage.lead, toStageId: p.stage.won, afterId: null })).toMatchObject({
      code: 'deal_not_found',
    })
    expect((await p.call('deals.get', { id })).deletedAt).not.toBeNull()
    expect(await p.call('deals.restore', { id })).toEqual({ count: 1 })
    expect(auditActions(id)).toEqual(['create', 'delete', 'restore'])
  })

  it('notes go on the deal and its customer’s timeline', async () => {
    const customer = (await p.call('customers.create', { name: '李四' })).customer.id
    const id = await p.deal('Beans', { customerId: customer })
    const note = await p.call('deals.addNote', { id, body: 'Wants a tasting first' })
    expect(note).toMatchObject({ kind: 'note', body: 'Wants a tasting first' })
    expect((await p.call('deals.get', { id })).notes).toEqual([note])
    const timeline = await p.call('customers.timeline', { customerId: customer, limit: 10 })
    expect(timeline[0]).toMatchObject({ kind: 'note', dealId: id, body: 'Wants a tasting first' })
    expect(await p.fail('deals.addNote', { id, body: ' ' })).toMatchObject({ code: 'validation' })
  })

  it('lists a customer’s deals, open first by expected close, then closed', async () => {
    const customer = (await p.call('customers.create', { name: '李四' })).customer.id
    await p.deal('Later', { customerId: customer, expectedClose: '2027-03-01' })
    await p.deal('Sooner', { customerId: customer, expectedClose: '2027-01-01' })
    await p.deal('Undated', { customerId: customer })
    await p.deal('Done', { customerId: customer, stageId: p.stage.won })
    await p.deal('Someone else’s')
    const deals = await p.call('deals.ofCustomer', { customerId: customer })
    expect(deals.map((d) => [d.title, d.status])).toEqual([
      ['Sooner', 'open'],
      ['Later', 'open'],
      ['Undated', 'open'],
      ['Done', 'won'],
    ])
    expect(await p.fail('deals.ofCustomer', { customerId: 777 })).toMatchObject({ code: 'customer_not_found' })
  })

  it('weights open deals by expected close month with the board’s rounding', async () => {
    await p.deal('A', { value: 10_001, expectedClose: '2027-01-05' }) // 0.1 → 1,000.1 → 1,000
    await p.deal('B', { value: 10_005, expectedClose: '2027-01-20', stageId: p.stage.proposal }) // 0.5 → 5,002.5 → 5,003
    await p.deal('C', { value: 400 })
    await p.deal('D', { value: 999_999, expectedClose: '2027-01-01', stageId: p.stage.won })
    const result = await p.call('deals.closeMonths', {})
    expect(result.months).toEqual([
      { month: '2027-01', deals: 2, value: 20_006, weighted: 6_003 },
      { month: null, deals: 1, value: 400, weighted: 40 },
    ])
    expect(result.deals).toBe(3)
  })
})
