import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { importCsv } from '../csv/support'
import { call, customer, openTicket, useShanghaiHours } from './support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
  const settings = await call(backend, 'tickets.settings', {})
  await call(backend, 'tickets.saveSettings', { surveys: { csat: true, nps: true }, expectedVersion: settings.version })
})
afterEach(() => backend.close())

/** Exports the open survey questions into a folder of the test and returns the file's text lines. */
async function exportOpen(encoding: 'utf8bom' | 'gb18030' = 'utf8bom'): Promise<{ path: string; lines: string[] }> {
  // A folder of its own per export: an export never replaces a file already there (issue 10).
  const folder = mkdtempSync(join(backend.dir, 'export-'))
  backend.dialogs.queue('chooseFolder', folder)
  const result = await call(backend, 'csv.export', { kind: 'surveyRequests', encoding })
  expect(result?.files.map((f) => f.name)).toEqual(['survey-requests.csv'])
  const path = join(folder, 'survey-requests.csv')
  const bytes = readFileSync(path)
  const text = encoding === 'gb18030' ? iconv.decode(bytes, 'gb18030') : bytes.toString('utf8')
  return { path, lines: text.split('\r\n') }
}

describe('survey requests out to an SMS/WeChat tool and the answers back in', () => {
  it('exports one row per open question (formula-guarded), and the filled file imports as matched answers', async () => {
    const anna = await customer(backend, '安娜', '13800138000')
    const sly = await customer(backend, '=1+1 王', '13900139000')
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: anna })
    const resolved = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'resolved',
      at: '2026-03-02T10:00:00+08:00',
      expectedUpdatedAt: t.updatedAt,
    })
    await call(backend, 'surveys.requestCustomers', { query: '王' })
    const periodic = backend.db.prepare('SELECT uid FROM survey_requests WHERE customer_id = ?').pluck().get(sly) as string
    const request = resolved.survey!.uid

    const { path, lines } = await exportOpen()
    expect(lines).toEqual([
      '\uFEFFSurvey request,Customer name,Customer phone,Ticket number,Type,Score,Comment,Answered',
      `${request},安娜,13800138000,${t.number},csat,,,`,
      `${request},安娜,13800138000,${t.number},nps,,,`,
      `${periodic},'=1+1 王,13900139000,,nps,,,`,
      '',
    ])
    expect((await exportOpen('gb18030')).lines[1]).toBe(`${request},安娜,13800138000,${t.number},csat,,,`)

    // The tool filled two answers and left the third open.
    writeFileSync(
      path,
      [
        'Survey request,Customer name,Customer phone,Ticket number,Type,Score,Comment,Answered',
        `${request},安娜,13800138000,${t.number},csat,5,"很好, 谢谢",2026-03-03 10:00`,
        `${request},安娜,13800138000,${t.number},nps,9,,`,
        `${periodic},'=1+1 王,13900139000,,nps,,,`,
      ].join('\r\n'),
    )
    const report = await importCsv(backend.db, path, { kind: 'surveys' })
    expect(report).toMatchObject({ created: 2, skipped: 1, failed: 0 })
    const answers = () =>
      backend.db
        .prepare(
          'SELECT r.uid, s.kind, s.score, s.comment, s.channel, s.ticket_id, s.customer_id FROM survey_responses s JOIN survey_requests r ON r.id = s.request_id ORDER BY s.id',
        )
        .raw()
        .all()
    expect(answers()).toEqual([
      [request, 'csat', 5, '很好, 谢谢', 'import', t.id, anna],
      [request, 'nps', 9, '', 'import', t.id, anna],
    ])
    expect((await call(backend, 'tickets.get', { id: t.id })).survey?.answered).toBe(true)
    // The same file again updates the same answers: nothing doubles.
    expect(await importCsv(backend.db, path, { kind: 'surveys' })).toMatchObject({ created: 0, updated: 2, skipped: 1 })
    expect(answers()).toHaveLength(2)
    // Only the periodic question is still open.
    expect((await exportOpen()).lines.slice(1, -1)).toEqual([`${periodic},'=1+1 王,13900139000,,nps,,,`])
  })

  it('fails a row naming an unknown request or a question the request did not ask', async () => {
    const sly = await customer(backend, '王')
    await call(backend, 'surveys.requestCustomers', {})
    const periodic = backend.db.prepare('SELECT uid FROM survey_requests WHERE customer_id = ?').pluck().get(sly) as string
    const file = join(backend.dir, 'answers.csv')
    writeFileSync(file, `Survey request,Type,Score\nnope,nps,9\n${periodic},csat,4\n`)
    const report = await importCsv(backend.db, file, { kind: 'surveys' })
    expect(report).toMatchObject({ created: 0, failed: 2 })
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'unknown_survey_request'],
      [3, 'survey_not_asked'],
    ])
  })
})
