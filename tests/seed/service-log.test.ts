import { afterAll, describe, expect, it } from 'vitest'
import { readServiceSettings } from '../../src-main/service/settings/service-settings'
import { clockEventsOf } from '../../src-main/service/tickets/ticket-log'
import { derivedColumns } from '../../src-main/service/tickets/ticket-sync'
import type { TicketPriority } from '../../src-shared/domain/ticket-types'
import { seededDb } from './seeded-db'

describe('seeded tickets have realistic event logs the app agrees with', () => {
  const shop = seededDb({ customers: 400, orders: 1200, tickets: 600, asOf: '2026-11-25', seed: 5 })
  afterAll(() => shop.close())
  const value = (sql: string): unknown => shop.db.prepare(sql).pluck().get()

  it('writes the number of tickets asked for, each with a log whose replay gives its stored columns; some breached', () => {
    expect(shop.summary.tickets).toBe(600)
    const settings = readServiceSettings(shop.db)
    expect(settings.calendar.timeZone).toBe('Asia/Shanghai')
    const rows = shop.db.prepare('SELECT id, priority, status, first_response_at, resolved_at, due_at FROM tickets').all() as {
      id: number
      priority: TicketPriority
      status: string
      first_response_at: string | null
      resolved_at: string | null
      due_at: string | null
    }[]
    const logs = clockEventsOf(
      shop.db,
      rows.map((r) => r.id),
    )
    let breached = 0
    for (const row of rows) {
      const derived = derivedColumns(logs.get(row.id) ?? [], row.priority, settings, '2026-11-25T00:00:00.000Z')
      expect([derived.status, derived.firstResponseAt, derived.resolvedAt, derived.dueAt], `ticket ${row.id}`).toEqual([
        row.status,
        row.first_response_at,
        row.resolved_at,
        row.due_at,
      ])
      if (derived.sla.risk === 'breached') breached++
    }
    // Some tickets broke their targets, most did not.
    expect(breached).toBeGreaterThan(20)
    expect(breached).toBeLessThan(rows.length / 2)
  })

  it('has replies, notes, pending spans, customers coming back and reopened tickets', () => {
    const kinds = shop.db.prepare('SELECT kind, count(*) FROM ticket_events GROUP BY kind').raw().all()
    expect(Object.fromEntries(kinds as [string, number][])).toMatchObject({
      opened: 600,
      replied: expect.any(Number),
      received: expect.any(Number),
      note: expect.any(Number),
      status: expect.any(Number),
    })
    expect(value("SELECT count(*) FROM ticket_events WHERE kind = 'status' AND status = 'pending'")).toBeGreaterThan(50)
    expect(
      value(
        "SELECT count(*) FROM (SELECT ticket_id FROM ticket_events WHERE status = 'resolved' GROUP BY ticket_id HAVING count(*) > 1)",
      ),
    ).toBeGreaterThan(0)
    expect(value("SELECT count(*) FROM tickets WHERE status IN ('open', 'pending')")).toBeGreaterThan(0)
    expect(value("SELECT count(*) FROM ticket_events WHERE at >= '2026-11-25'")).toBe(0)
  })

  it('makes one survey request per ticket resolved, never answered before it was asked', () => {
    expect(
      value(
        "SELECT count(*) FROM tickets t WHERE EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.status = 'resolved')",
      ),
    ).toBe(value('SELECT count(*) FROM survey_requests WHERE ticket_id IS NOT NULL'))
    expect(
      value('SELECT count(*) FROM survey_responses s JOIN survey_requests r ON r.id = s.request_id WHERE s.at < r.requested_at'),
    ).toBe(0)
    expect(value('SELECT count(*) FROM survey_responses WHERE request_id IS NULL')).toBe(0)
    expect(
      value(
        'SELECT count(*) FROM survey_requests r WHERE NOT EXISTS (SELECT 1 FROM survey_responses s WHERE s.request_id = r.id)',
      ),
    ).toBeGreaterThan(0)
  })
})
