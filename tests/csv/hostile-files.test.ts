import { randomBytes } from 'node:crypto'
import { createWriteStream, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSV_LIMITS } from '../../src-main/csv/limits'
import { databaseHash } from '../support/database-hash'
import { importCsv, openCsvTestDb } from './support'

const SECONDS = 5
const PEAK_MB = 400
const MB = 1024 * 1024

/** Writes `total` bytes made of `piece` repeated, gzipped, without holding more than a megabyte. */
async function gzipOf(path: string, piece: string, total: number, head = ''): Promise<void> {
  const gzip = createGzip({ level: 9 })
  const done = finished(gzip.pipe(createWriteStream(path)))
  const block = Buffer.from(piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB))
  if (head) gzip.write(head)
  for (let written = 0; written < total; written += block.length) {
    if (!gzip.write(block)) await new Promise((resume) => gzip.once('drain', resume))
  }
  gzip.end()
  await done
}

/** Peak resident memory of this test process so far, in MB (the kernel's high-water mark). */
const peakMb = (): number => process.resourceUsage().maxRSS / 1024

/**
 * Files made to hurt: each is refused within seconds with a message that says what is wrong,
 * the process never holding more than 400 MB, and the data file untouched. The files are made
 * here, in a temp folder; nothing big is committed.
 */
describe('hostile CSV files are read with limits', () => {
  let t: ReturnType<typeof openCsvTestDb>
  const files: Record<string, string> = {}
  beforeAll(async () => {
    t = openCsvTestDb()
    files.lineBomb = join(t.dir, 'one-line.csv.gz') // 1 MB that inflates to one 1 GB line
    await gzipOf(files.lineBomb, 'a', 1024 * MB)
    files.rowsBomb = join(t.dir, 'rows.csv.gz') // a gzip bomb of valid rows: 1 GB of "a,b"
    await gzipOf(files.rowsBomb, 'a,b\n', 1024 * MB, 'name,phone\n')
    files.wideHeader = join(t.dir, 'wide-header.csv') // a million columns in the header
    writeFileSync(files.wideHeader, `${','.repeat(1_000_000)}\n`)
    files.wideRow = join(t.dir, 'wide-row.csv') // a sound header, then a row of a million columns
    writeFileSync(files.wideRow, `name,phone\n张三,${','.repeat(1_000_000)}\n`)
    files.longRow = join(t.dir, 'long-row.csv.gz') // 8 MB of incompressible text in one row: passes the ratio check
    await gzipOf(files.longRow, randomBytes(6 * MB).toString('base64'), 8 * MB, 'name,phone\n')
  }, 300_000)
  afterAll(() => t.close())

  const cases = [
    { file: 'lineBomb', code: 'csv_decompression_bomb', message: /unpacks to more than 100 times its size/ },
    { file: 'rowsBomb', code: 'csv_decompression_bomb', message: /unpacks to more than 100 times its size/ },
    { file: 'wideHeader', code: 'csv_too_many_columns', message: /Row 1 has more than 16,384 columns/ },
    { file: 'wideRow', code: 'csv_too_many_columns', message: /Row 2 has more than 16,384 columns/ },
    { file: 'longRow', code: 'csv_record_too_large', message: /Row 2 is longer than 4.0 MB/ },
  ] as const

  for (const { file, code, message } of cases) {
    it(`refuses ${file} in under ${SECONDS} s and ${PEAK_MB} MB, saying why, and changes nothing`, async () => {
      const before = databaseHash(t.db)
      const start = performance.now()
      const failure = await importCsv(t.db, files[file], { kind: 'customers' }).then(
        () => null,
        (error: unknown) => error as { code: string; params: Record<string, string | number> },
      )
      const seconds = (performance.now() - start) / 1000
      console.info(`${file}: refused as ${failure?.code} in ${seconds.toFixed(2)} s; peak RSS so far ${peakMb().toFixed(0)} MB`)
      expect(failure).toMatchObject({ code })
      const { translate } = await import('../../src-shared/i18n')
      expect(translate('en', `errors.${code}`, failure!.params)).toMatch(message)
      expect(seconds).toBeLessThan(SECONDS)
      expect(peakMb()).toBeLessThan(PEAK_MB)
      expect(databaseHash(t.db)).toBe(before)
    })
  }

  it('the limits sit far above any real shop file', () => {
    // Online Retail, the biggest real file here: 8 columns, rows of ~100 bytes, gzipped 6.5×.
    expect(CSV_LIMITS.columns).toBeGreaterThanOrEqual(1000 * 8)
    expect(CSV_LIMITS.recordSize).toBeGreaterThanOrEqual(10_000 * 100)
    expect(CSV_LIMITS.inflateRatio).toBeGreaterThanOrEqual(10 * 6.5)
  })
})
