import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { makeTempDir } from '../support/temp-dir'
import { customersFile } from '../workers/support/customers-file'
import { kehu, STACK } from './support'

const isRoot = process.getuid?.() === 0

/**
 * `npm run kehu` on a real data file: every failure a person can act on is one translated JSON
 * answer and exit code 1, never an `internal` with a stack; exports never replace a file.
 */
describe('the CLI names what went wrong', () => {
  const temp = makeTempDir('kehu-cli-')
  const db = join(temp.dir, 'kehu.sqlite')
  beforeAll(async () => {
    const imported = await kehu('import', 'customers', customersFile(temp.dir, 500), '--db', db)
    expect(imported).toMatchObject({ code: 0, answer: { ok: true } })
  })
  afterAll(() => temp.cleanup())

  it('keeps a customers.csv already in the folder and writes customers (2).csv', async () => {
    const out = join(temp.dir, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'customers.csv'), 'the owner’s own file')
    const run = await kehu('export', 'customers', '--out', out, '--db', db)
    expect(run).toMatchObject({ code: 0, answer: { ok: true, files: [{ name: 'customers (2).csv' }] } })
    expect(readFileSync(join(out, 'customers.csv'), 'utf8')).toBe('the owner’s own file')
    expect(readFileSync(join(out, 'customers (2).csv'), 'utf8')).toContain('Customer 499')
    expect(readdirSync(out).sort()).toEqual(['customers (2).csv', 'customers.csv']) // no temporary file left
  })

  it('an existing file as --out is export_out_not_folder', async () => {
    const file = join(temp.dir, 'a-file.txt')
    writeFileSync(file, 'keep me')
    const run = await kehu('export', 'customers', '--out', file, '--db', db)
    expect(run).toMatchObject({ code: 1, answer: { ok: false, error: { code: 'export_out_not_folder' } } })
    expect(run.answer.error?.message).toContain('is a file, not a folder')
    expect(run.stderr).not.toMatch(STACK)
    expect(readFileSync(file, 'utf8')).toBe('keep me')
  })

  it.skipIf(isRoot)('a read-only folder is export_not_writable', async () => {
    const locked = join(temp.dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o555)
    try {
      const run = await kehu('export', 'customers', '--out', locked, '--db', db)
      expect(run).toMatchObject({ code: 1, answer: { ok: false, error: { code: 'export_not_writable' } } })
      expect(run.stderr).not.toMatch(STACK)
      expect(readdirSync(locked)).toEqual([])
    } finally {
      chmodSync(locked, 0o755)
    }
  })

  it('an --out under /proc fails at once instead of spinning', async () => {
    const run = await kehu('export', 'customers', '--out', '/proc/kehu-test/out', '--db', db)
    expect(run).toMatchObject({ code: 1, answer: { ok: false } })
    expect(run.answer.error?.code).not.toBe('internal')
    expect(run.stderr).not.toMatch(STACK)
    expect(run.ms).toBeLessThan(5000)
  })

  it('an import while another holds the file (the app’s or another CLI’s import) is job_busy within a second', async () => {
    const other = openDatabase(db).db
    try {
      other.exec('BEGIN IMMEDIATE') // what a running import holds for its whole length
      const run = await kehu('import', 'customers', customersFile(temp.dir, 10), '--db', db)
      expect(run).toMatchObject({ code: 1, answer: { ok: false, error: { code: 'job_busy' } } })
      expect(run.stderr).not.toMatch(STACK)
      console.info(`second import refused in ${run.ms.toFixed(0)} ms`)
      expect(run.ms).toBeLessThan(1000)
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
  })
})
