import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { importCsv } from '../csv/support'
import { call, storedColumns, useShanghaiHours } from './support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
})
afterEach(() => backend.close())

const file = (name: string, text: string): string => {
  const path = join(backend.dir, name)
  writeFileSync(path, text)
  return path
}
const log = (id: number) =>
  backend.db.prepare('SELECT kind, status, at FROM ticket_events WHERE ticket_id = ? ORDER BY at, id').raw().all(id) as [
    string,
    string | null,
    string,
  ][]

describe('imported tickets get their log, and the clocks agree with the file', () => {
  it('a new ticket gets the log its times imply; a status the file changes is logged; undo restores the log', async () => {
    const first = await importCsv(
      backend.db,
      file(
        'a.csv',
        'Ticket number,Subject,Opened at,Resolved at,Status,Due\nTK-1,漏水,2026-03-02 09:00,,open,2030-01-01 00:00\nTK-2,退货,2026-03-02 09:00,2026-03-02 16:00,resolved,\n',
      ),
      { kind: 'tickets' },
    )
    expect(first).toMatchObject({ created: 2, failed: 0 })
    const [one, two] = backend.db.prepare('SELECT id FROM tickets ORDER BY number').pluck().all() as number[]
    const opened = new Date(2026, 2, 2, 9).toISOString() // the file's times are local to this computer
    expect(log(one)).toEqual([['opened', null, opened]])
    expect(log(two)).toEqual([
      ['opened', null, opened],
      ['status', 'resolved', new Date(2026, 2, 2, 16).toISOString()],
    ])
    // The file's due date gives way to the SLA clock's (first response, 60 business minutes).
    expect(storedColumns(backend.db, one).due_at).not.toBe('2030-01-01T00:00:00.000Z')
    expect((await call(backend, 'tickets.get', { id: one })).sla.firstResponse.dueAt).toBe(storedColumns(backend.db, one).due_at)

    const second = await importCsv(backend.db, file('b.csv', 'Ticket number,Subject,Status\nTK-1,漏水,pending\n'), {
      kind: 'tickets',
    })
    expect(second).toMatchObject({ updated: 1 })
    expect(log(one).map(([kind, status]) => [kind, status])).toEqual([
      ['opened', null],
      ['status', 'pending'],
    ])
    expect(storedColumns(backend.db, one).status).toBe('pending')
    undoImport(backend.db, second.importId!)
    expect(log(one)).toEqual([['opened', null, opened]])
    expect(storedColumns(backend.db, one).status).toBe('open')
  })
})
