import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BoardColumn } from '../../src-shared/domain/deal-types'
import { BY_DUE, DUE_FROM_TODAY } from '../../src-main/tasks/queries'
import { openPipeline, type Pipeline } from './support/pipeline'

let p: Pipeline
beforeEach(() => (p = openPipeline()))
afterEach(() => p.close())

/** value × probability to the fen, half up, in exact integers — written apart from deal-weight.ts. */
const exactWeighted = (value: number, probability: number): bigint => {
  const basisPoints = BigInt(Math.round(probability * 10_000))
  return (BigInt(value) * basisPoints * 2n + 10_000n) / 20_000n
}

const DAY = 86_400_000
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString()
const column = (columns: BoardColumn[], stageId: number): BoardColumn => columns.find((c) => c.stageId === stageId)!

describe('deals.board', () => {
  it('figures cover the whole column in SQL, not the cards sent', async () => {
    const deals: { value: number; probability: number }[] = []
    for (let i = 0; i < 45; i++) {
      const deal = { value: 10_001 * i + 7, probability: ((i * 37) % 101) / 100 }
      deals.push(deal)
      await p.deal(`Deal ${i}`, deal)
    }
    const board = await p.call('deals.board', { filter: {}, limit: 30 })
    const lead = column(board.columns, p.stage.lead)
    expect(lead.cards).toHaveLength(30)
    expect(lead.count).toBe(45)
    expect(lead.sum).toBe(deals.reduce((a, d) => a + d.value, 0))
    expect(BigInt(lead.weighted)).toBe(deals.reduce((a, d) => a + exactWeighted(d.value, d.probability), 0n))
    expect(lead.cards.map((c) => c.title)).toEqual(deals.slice(0, 30).map((_, i) => `Deal ${i}`))
    expect(board.columns.map((c) => c.name)).toEqual(['Lead', 'Contacted', 'Proposal', 'Negotiation', 'Won', 'Lost'])

    const more = await p.call('deals.column', { stageId: p.stage.lead, filter: {}, offset: 30, limit: 100 })
    expect(more.map((c) => c.title)).toEqual(deals.slice(30).map((_, i) => `Deal ${i + 30}`))
  })

  it('property: the weighted sum equals Σ value × probability to the fen', async () => {
    const deal = fc.record({
      value: fc.integer({ min: 0, max: 100_000_000_000 }),
      probability: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 10_000),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(deal, { minLength: 1, maxLength: 12 }), async (deals) => {
        p.backend.db.prepare('DELETE FROM deals').run()
        for (const [i, d] of deals.entries()) await p.deal(`P${i}`, d)
        const lead = column((await p.call('deals.board', { filter: {}, limit: 30 })).columns, p.stage.lead)
        expect(BigInt(lead.weighted)).toBe(deals.reduce((a, d) => a + exactWeighted(d.value, d.probability), 0n))
        expect(lead.weighted).toBe(lead.cards.reduce((a, c) => a + c.weighted, 0))
      }),
      { numRuns: 40 },
    )
  })

  it('Won and Lost hold the deals closed this month, latest first', async () => {
    const old = await p.deal('Won long ago', { stageId: p.stage.won, value: 500 })
    p.backend.db.prepare('UPDATE deals SET closed_at = ? WHERE id = ?').run(daysAgo(400), old)
    await p.deal('Won today', { stageId: p.stage.won, value: 700 })
    await p.deal('Won just now', { stageId: p.stage.won, value: 300 })
    await p.deal('Lost today', { stageId: p.stage.lost, value: 900, lostReason: 'Price too high' })
    const board = await p.call('deals.board', { filter: {}, limit: 30 })
    const won = column(board.columns, p.stage.won)
    expect(won).toMatchObject({ count: 2, sum: 1000, weighted: 1000 })
    expect(won.cards.map((c) => c.title)).toEqual(['Won just now', 'Won today'])
    expect(column(board.columns, p.stage.lost)).toMatchObject({ count: 1, sum: 900, weighted: 0 })
    expect(board.closedSince).toBe(`${board.today.slice(0, 7)}-01`)
  })

  it('a card is stale after the stage limit with no follow-up due today or later', async () => {
    const db = p.backend.db
    const customer = (await p.call('customers.create', { name: '张三' })).customer.id
    const idle = await p.deal('Idle', { customerId: customer })
    const planned = await p.deal('Planned', { customerId: customer })
    const overdue = await p.deal('Overdue only', { customerId: customer })
    const fresh = await p.deal('Fresh', { customerId: customer })
    db.prepare('UPDATE deals SET stage_entered_at = ? WHERE id IN (?, ?, ?)').run(daysAgo(30), idle, planned, overdue)
    db.prepare('UPDATE deals SET stage_entered_at = ? WHERE id = ?').run(daysAgo(10), fresh)
    const task = db.prepare('INSERT INTO tasks (title, due_at, done_at, deal_id) VALUES (?, ?, ?, ?)')
    task.run('Call back', new Date(Date.now() + 2 * DAY).toISOString(), null, planned)
    task.run('Send quote', new Date(Date.now() + 9 * DAY).toISOString(), null, planned)
    task.run('Missed call', daysAgo(3), null, overdue)
    task.run('Done long ago', daysAgo(20), daysAgo(19), idle)

    const cards = column((await p.call('deals.board', { filter: {}, limit: 30 })).columns, p.stage.lead).cards
    const card = (title: string) => cards.find((c) => c.title === title)!
    expect(card('Idle')).toMatchObject({ stale: true, daysInStage: 30, nextTask: null, customerName: '张三' })
    expect(card('Planned')).toMatchObject({ stale: false, nextTask: { title: 'Call back' } })
    expect(card('Overdue only')).toMatchObject({ stale: true, nextTask: { title: 'Missed call' } })
    expect(card('Fresh')).toMatchObject({ stale: false, daysInStage: 10 })

    const staleOnly = column((await p.call('deals.board', { filter: { staleOnly: true }, limit: 30 })).columns, p.stage.lead)
    expect(staleOnly.count).toBe(2)
    expect(staleOnly.cards.map((c) => c.title).sort()).toEqual(['Idle', 'Overdue only'])
  })

  it('an all-day task is a planned follow-up: shown as the next task, and the card is not stale', async () => {
    const db = p.backend.db
    const allDay = await p.deal('All-day plan')
    const missed = await p.deal('All-day missed')
    const both = await p.deal('Day before time')
    db.prepare('UPDATE deals SET stage_entered_at = ? WHERE id IN (?, ?, ?)').run(daysAgo(30), allDay, missed, both)
    const localDay = (offsetDays: number): string => {
      const d = new Date(Date.now() + offsetDays * DAY)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    }
    const day = db.prepare('INSERT INTO tasks (title, due_date, deal_id) VALUES (?, ?, ?)')
    const timed = db.prepare('INSERT INTO tasks (title, due_at, deal_id) VALUES (?, ?, ?)')
    day.run('Visit the shop', localDay(0), allDay)
    day.run('Forgotten visit', localDay(-2), missed)
    timed.run('Call in three days', new Date(Date.now() + 3 * DAY).toISOString(), both)
    day.run('Send samples tomorrow', localDay(1), both)

    const cards = column((await p.call('deals.board', { filter: {}, limit: 30 })).columns, p.stage.lead).cards
    const card = (title: string) => cards.find((c) => c.title === title)!
    expect(card('All-day plan')).toMatchObject({
      stale: false,
      nextTask: { title: 'Visit the shop', dueAt: null, dueDate: localDay(0) },
    })
    expect(card('All-day missed')).toMatchObject({ stale: true, nextTask: { title: 'Forgotten visit', dueDate: localDay(-2) } })
    expect(card('Day before time')).toMatchObject({ stale: false, nextTask: { title: 'Send samples tomorrow' } })

    const staleOnly = column((await p.call('deals.board', { filter: { staleOnly: true }, limit: 30 })).columns, p.stage.lead)
    expect(staleOnly.cards.map((c) => c.title)).toEqual(['All-day missed'])
  })

  it('the next-task and stale look-ups read only the tasks_deal_open index', () => {
    const plan = (sql: string) =>
      (p.backend.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ dayStart: '-480 minutes' }) as { detail: string }[])
        .map((row) => row.detail)
        .join('\n')
    const open = 't.deal_id = 1 AND t.done_at IS NULL AND t.deleted_at IS NULL'
    const seek = /SEARCH t USING COVERING INDEX tasks_deal_open \(deal_id=\? AND done_at=\? AND deleted_at=\?\)/
    expect(
      plan(
        `SELECT 1 FROM tasks t WHERE ${open} AND ${DUE_FROM_TODAY.replace('@today', "'2026-01-01'").replace('@todayStart', "'2026-01-01T00:00:00.000Z'")}`,
      ),
    ).toMatch(seek)
    expect(plan(`SELECT t.id FROM tasks t WHERE ${open} ORDER BY ${BY_DUE} LIMIT 1`)).toMatch(seek)
  })

  it('filters narrow the cards and the figures alike', async () => {
    const zhang = (await p.call('customers.create', { name: '张三', phone: '13800138000' })).customer.id
    const li = (await p.call('customers.create', { name: 'Li Lei' })).customer.id
    const thisMonth = `${new Date().toISOString().slice(0, 7)}-15`
    await p.deal('Gift boxes', { customerId: zhang, value: 10_000, expectedClose: thisMonth })
    await p.deal('Office beans', { customerId: li, value: 50_000, expectedClose: '2199-01-01' })
    await p.deal('Machine rental', { value: 90_000 })
    const lead = async (filter: object) => column((await p.call('deals.board', { filter, limit: 30 })).columns, p.stage.lead)
    const titles = async (filter: object) => (await lead(filter)).cards.map((c) => c.title)

    expect(await titles({ text: 'BEANS' })).toEqual(['Office beans'])
    expect(await titles({ text: 'zs' })).toEqual(['Gift boxes']) // pinyin initials of the customer
    expect(await titles({ text: '138001' })).toEqual(['Gift boxes'])
    expect(await titles({ customerId: li })).toEqual(['Office beans'])
    expect(await titles({ closingThisMonth: true })).toEqual(['Gift boxes'])
    expect(await lead({ minValue: 20_000, maxValue: 90_000 })).toMatchObject({ count: 2, sum: 140_000 })
  })

  it('refuses a value range upside down, in the UI language', async () => {
    const error = await p.fail('deals.board', { filter: { minValue: 500, maxValue: 100 }, limit: 30 })
    expect(error.code).toBe('validation')
    expect(error.issues).toEqual([{ path: 'filter.maxValue', message: 'The highest value must not be below the lowest.' }])
  })

  it('a column of a deleted stage is refused', async () => {
    p.backend.db.prepare(`UPDATE pipeline_stages SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?`).run(p.stage.proposal)
    const error = await p.fail('deals.column', { stageId: p.stage.proposal, filter: {}, offset: 0, limit: 10 })
    expect(error).toMatchObject({
      code: 'deal_deleted_stage',
      message: '“Proposal” has been deleted. Choose one of the current stages.',
    })
  })
})
