import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportAnalysis, ImportHistoryEntry, ImportReport } from '../../src-shared/ipc/channels/csv-import'
import type { IpcResult } from '../../src-shared/ipc'
import { contentHash, count, gbkFile, ok, openImportBackend, type ImportBackend } from './backend-support'

const CUSTOMERS = [
  '客户名称,手机,城市,备注',
  '张三,13800138000,上海,老客户',
  '李四,1.38E+10,北京,',
  '王五,13900139000,杭州,"说:""好"""',
  ',13700137000,深圳,no name',
].join('\r\n')

describe('imports.* through the real registrar', () => {
  let backend: ImportBackend
  let file: string
  beforeEach(() => {
    backend = openImportBackend()
    file = gbkFile(backend.dir, '客户.csv', CUSTOMERS)
  })
  afterEach(() => backend.close())

  const pick = async (): Promise<ImportAnalysis> => {
    backend.dialogs.queue('openFile', file)
    const analysis = await ok<ImportAnalysis | null>(backend, 'csv.pick', { kind: 'customers' })
    if (!analysis) throw new Error('no analysis')
    return analysis
  }
  const start = (analysis: ImportAnalysis, dryRun: boolean, jobId = randomUUID()) =>
    ok<ImportReport>(backend, 'csv.import', {
      fileId: analysis.fileId,
      jobId,
      kind: 'customers',
      mapping: analysis.mapping,
      dryRun,
    })

  it('picks through the main-process dialog and previews with row, column and reason', async () => {
    const analysis = await pick()
    expect(analysis).toMatchObject({
      fileName: '客户.csv',
      encoding: 'gb18030',
      delimiter: ',',
      mappingError: null,
      savedMapping: false,
    })
    expect(analysis.header).toEqual(['客户名称', '手机', '城市', '备注'])
    expect(analysis.mapping).toEqual({ name: '客户名称', phone: '手机', city: '城市', notes: '备注' })
    const problems = analysis.preview.filter((r) => r.issues.some((i) => i.severity === 'error'))
    expect(problems.map((r) => r.row)).toEqual([3, 5])
    expect(problems[0].issues[0]).toMatchObject({ column: '手机', code: 'excel_scientific' })
    expect(problems[0].issues[0].reason).toMatch(/scientific notation/)
    expect(problems[1].issues[0].column).toBe('客户名称')
    expect(analysis.preview[2].cells[3]).toBe('说:"好"')
  })

  it('answers null when the user cancels the dialog, and refuses an unknown file token', async () => {
    backend.dialogs.queue('openFile', null)
    expect(await ok(backend, 'csv.pick', { kind: 'customers' })).toBeNull()
    const gone = (await backend.dispatch('csv.analyze', { fileId: randomUUID(), kind: 'customers' })) as IpcResult<unknown>
    expect(gone).toMatchObject({ ok: false, error: { code: 'import_file_gone' } })
  })

  it('reports an unimportable mapping instead of failing, and validates the input strictly', async () => {
    const analysis = await pick()
    const edited = await ok<ImportAnalysis>(backend, 'csv.analyze', {
      fileId: analysis.fileId,
      kind: 'customers',
      mapping: { phone: '手机' },
    })
    expect(edited.mappingError).toMatch(/required field\(s\): name/)
    const bad = (await backend.dispatch('csv.import', {
      fileId: analysis.fileId,
      jobId: 'x',
      kind: 'customers',
      dryRun: false,
      path: '/etc/passwd',
    })) as IpcResult<unknown>
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } })
    expect(count(backend.db, 'customers')).toBe(0)
  })

  it('dry-runs without writing, commits, saves the failed rows, lists and undoes', async () => {
    const analysis = await pick()
    const before = contentHash(backend.db)
    const check = await start(analysis, true)
    expect(check).toMatchObject({ dryRun: true, importId: null, rows: 4, created: 2, failed: 2 })
    expect(contentHash(backend.db)).toBe(before)
    expect(backend.events.filter((e) => e.event === 'data.changed')).toEqual([])

    const jobId = randomUUID()
    const report = await start(analysis, false, jobId)
    expect(report).toMatchObject({ dryRun: false, rows: 4, created: 2, updated: 0, failed: 2 })
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column])).toEqual([
      [3, '手机'],
      [5, '客户名称'],
    ])
    expect(count(backend.db, 'customers')).toBe(2)
    expect(backend.events.some((e) => e.event === 'data.changed')).toBe(true)
    expect(backend.events.filter((e) => e.event === 'job.progress').at(-1)?.payload).toMatchObject({ jobId, kind: 'import' })

    const saved = join(backend.dir, 'failed.csv')
    backend.dialogs.queue('saveFile', saved)
    expect(await ok(backend, 'csv.saveFailedRows', { jobId })).toEqual({ saved: true })
    const text = readFileSync(saved, 'utf8')
    expect(text.split('\r\n')[0]).toBe('\uFEFFRow,客户名称,手机,城市,备注,Problem')
    expect(text).toContain('3,李四,1.38E+10,北京,,手机: Excel turned this number')

    const history = await ok<ImportHistoryEntry[]>(backend, 'csv.history', {})
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      id: report.importId,
      kind: 'customers',
      fileName: '客户.csv',
      status: 'committed',
      counts: { created: 2 },
    })
    expect(await ok(backend, 'csv.undo', { importId: report.importId })).toEqual({ removed: 2, restored: 0 })
    expect(count(backend.db, 'customers')).toBe(0)
    expect((await ok<ImportHistoryEntry[]>(backend, 'csv.history', {}))[0].status).toBe('undone')
  })

  it('remembers the edited mapping for the next file from the same source', async () => {
    const analysis = await pick()
    await start({ ...analysis, mapping: { name: '客户名称', phone: '手机', city: '城市' } }, false)
    const again = await pick()
    expect(again.savedMapping).toBe(true)
    expect(again.mapping).toEqual({ name: '客户名称', phone: '手机', city: '城市' })
  })
})
