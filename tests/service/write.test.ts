import { describe, expect, it } from 'vitest'
import { insertCustomer } from '../../src-main/customers/write'
import { insertSurveyResponse, insertTicket, updateSurveyResponse, updateTicket } from '../../src-main/service/write'
import { useFreshDatabase } from '../support/fresh-database'

describe('service/write: tickets and survey responses', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db
  const ticket = (id: number) => db().prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Record<string, unknown>
  const survey = (id: number) => db().prepare('SELECT * FROM survey_responses WHERE id = ?').get(id) as Record<string, unknown>

  it('inserts a ticket with its times and owner, defaults for the rest', () => {
    const customer = insertCustomer(db(), { name: '韩梅梅' })
    const id = insertTicket(
      db(),
      {
        number: 'TK0000001',
        subject: '咖啡机漏水',
        kind: 'repair',
        priority: 'high',
        status: 'resolved',
        customerId: customer,
        openedAt: '2026-05-01T02:00:00.000Z',
        firstResponseAt: '2026-05-01T03:00:00.000Z',
        resolvedAt: '2026-05-03T02:00:00.000Z',
      },
      { uid: 'ticket-uid-1', createdAt: '2026-05-01T02:00:00.000Z', updatedAt: '2026-05-03T02:00:00.000Z' },
    )
    expect(ticket(id)).toMatchObject({
      number: 'TK0000001',
      subject: '咖啡机漏水',
      body: '',
      kind: 'repair',
      priority: 'high',
      status: 'resolved',
      customer_id: customer,
      order_id: null,
      first_response_at: '2026-05-01T03:00:00.000Z',
      resolved_at: '2026-05-03T02:00:00.000Z',
      due_at: null,
      uid: 'ticket-uid-1',
      updated_at: '2026-05-03T02:00:00.000Z',
    })
  })

  it('updates only the fields given, and the schema refuses a ticket resolved before it opened', () => {
    const id = insertTicket(db(), { number: 'TK0000002', subject: 'Where is my order?', openedAt: '2026-05-10T00:00:00.000Z' })
    updateTicket(db(), id, { status: 'pending', body: 'Asked the courier' })
    expect(ticket(id)).toMatchObject({
      subject: 'Where is my order?',
      status: 'pending',
      body: 'Asked the courier',
      kind: 'inquiry',
    })
    expect(() => updateTicket(db(), id, { resolvedAt: '2026-05-09T00:00:00.000Z' })).toThrow(/CHECK constraint failed/)
  })

  it('inserts and updates survey responses; scores outside CSAT 1–5 / NPS 0–10 are refused', () => {
    const ticketId = insertTicket(db(), { number: 'TK0000003', subject: 'Refund' })
    const id = insertSurveyResponse(db(), { kind: 'csat', score: 4, at: '2026-05-12T00:00:00.000Z', ticketId, comment: '很快' })
    expect(survey(id)).toMatchObject({ kind: 'csat', score: 4, ticket_id: ticketId, comment: '很快', customer_id: null })
    updateSurveyResponse(db(), id, { score: 5 })
    expect(survey(id)).toMatchObject({ score: 5, comment: '很快' })
    expect(() => insertSurveyResponse(db(), { kind: 'csat', score: 0, at: '2026-05-12T00:00:00.000Z' })).toThrow(
      /CHECK constraint failed/,
    )
    expect(insertSurveyResponse(db(), { kind: 'nps', score: 0, at: '2026-05-12T00:00:00.000Z' })).toBeGreaterThan(id)
  })
})
