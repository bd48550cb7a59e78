import type Database from 'better-sqlite3'
import type { SlaPolicies } from '../../../src-shared/domain/service-settings'
import type { TicketDetail } from '../../../src-shared/domain/ticket-types'
import type { ChannelInput } from '../../../src-shared/ipc'
import { call } from '../../customers/helpers'
import type { TestBackend } from '../../support/test-db'
import { shanghai } from '../sla-support'

export { call, callError } from '../../customers/helpers'
export { utc } from '../sla-support'

/** Round targets that make hand-worked clocks easy: a first answer within 60, resolution within 480 minutes. */
export const POLICIES: SlaPolicies = {
  urgent: { firstResponseMinutes: 15, resolutionMinutes: 120 },
  high: { firstResponseMinutes: 30, resolutionMinutes: 240 },
  normal: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  low: { firstResponseMinutes: 120, resolutionMinutes: 960 },
}

/**
 * Service settings every test starts from: the Shanghai hours (Mon–Fri 09:00–12:00 and
 * 13:30–18:00, no closed dates) and POLICIES, CSAT after tickets.
 */
export async function useShanghaiHours(backend: TestBackend): Promise<void> {
  const { version } = await call(backend, 'tickets.settings', {})
  await call(backend, 'tickets.saveSettings', {
    policies: POLICIES,
    calendar: shanghai,
    surveys: { csat: true, nps: false },
    expectedVersion: version,
  })
}

let customerCount = 0

/** A live customer. */
export async function customer(backend: TestBackend, name = `客户${++customerCount}`, phone?: string): Promise<number> {
  const { customer: created } = await call(backend, 'customers.create', { name, phone })
  return created.id
}

/** Opens a normal-priority inquiry at `openedAt` (a local reading with its offset). */
export function openTicket(
  backend: TestBackend,
  openedAt: string,
  more: Partial<ChannelInput<'tickets.create'>> = {},
): Promise<TicketDetail> {
  return call(backend, 'tickets.create', { kind: 'inquiry', priority: 'normal', subject: '咖啡机漏水', openedAt, ...more })
}

/** Row counts of the tables service writes touch, to prove a refused call changed nothing. */
export function serviceCounts(db: Database.Database): Record<string, number> {
  const tables = [
    'tickets',
    'ticket_events',
    'ticket_merges',
    'survey_requests',
    'survey_responses',
    'canned_replies',
    'audit_log',
    'customers',
  ]
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))
}

/** The ticket's stored columns the log derives. */
export const storedColumns = (db: Database.Database, id: number) =>
  db.prepare('SELECT status, first_response_at, resolved_at, due_at, updated_at FROM tickets WHERE id = ?').get(id) as {
    status: string
    first_response_at: string | null
    resolved_at: string | null
    due_at: string | null
    updated_at: string
  }
