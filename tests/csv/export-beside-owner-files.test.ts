import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportResult } from '../../src-shared/ipc/channels/csv-export'
import { ok, openImportBackend, type ImportBackend } from './backend-support'

/**
 * The app's export (csv.export, the owner choosing a folder) never replaces a file the owner
 * already has there: it takes the next numbered name and says so, and leaves no temporary file.
 */
describe('an export into a folder that already holds its files', () => {
  let backend: ImportBackend
  let folder: string
  beforeEach(async () => {
    backend = openImportBackend()
    await ok(backend, 'customers.create', { name: '张三', phone: '13800138000' })
    folder = join(backend.dir, 'exports')
    mkdirSync(folder)
  })
  afterEach(() => backend.close())

  it('keeps customers.csv and customers (2).csv, writes customers (3).csv and names it', async () => {
    writeFileSync(join(folder, 'customers.csv'), 'mine')
    writeFileSync(join(folder, 'customers (2).csv'), 'mine too')
    backend.dialogs.queue('chooseFolder', folder)
    const result = await ok<ExportResult>(backend, 'csv.export', { kind: 'customers' })
    expect(result.files).toEqual([expect.objectContaining({ name: 'customers (3).csv', rows: 1 })])
    expect(readFileSync(join(folder, 'customers.csv'), 'utf8')).toBe('mine')
    expect(readFileSync(join(folder, 'customers (2).csv'), 'utf8')).toBe('mine too')
    expect(readFileSync(join(folder, 'customers (3).csv'), 'utf8')).toContain('张三')
    expect(readdirSync(folder).sort()).toEqual(['customers (2).csv', 'customers (3).csv', 'customers.csv'])
  })

  it('the accountant pack does the same for each file, and its manifest names what it wrote', async () => {
    writeFileSync(join(folder, 'manifest.csv'), 'mine')
    writeFileSync(join(folder, 'sales-journal.csv'), 'mine')
    backend.dialogs.queue('chooseFolder', folder)
    const result = await ok<ExportResult>(backend, 'csv.export', {
      kind: 'accountant',
      from: '2026-01-01',
      to: '2026-01-31',
      zip: false,
    })
    const names = result.files.map((f) => f.name)
    expect(names).toContain('sales-journal (2).csv')
    expect(names).toContain('manifest (2).csv')
    expect(readFileSync(join(folder, 'manifest.csv'), 'utf8')).toBe('mine')
    expect(readFileSync(join(folder, 'sales-journal.csv'), 'utf8')).toBe('mine')
    expect(readFileSync(join(folder, 'manifest (2).csv'), 'utf8')).toContain('sales-journal (2).csv')
    expect(readdirSync(folder).filter((name) => name.endsWith('.kehu-part'))).toEqual([])
  })
})
