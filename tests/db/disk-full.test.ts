import { afterEach, describe, expect, it } from 'vitest'
import { translate } from '../../src-shared/i18n'
import { importCsv, openCsvTestDb } from '../csv/support'
import { databaseHash } from '../support/database-hash'
import { openTestBackend } from '../support/test-db'
import { customersFile } from '../workers/support/customers-file'

/**
 * SQLite's `max_page_count` makes the file full at its current size: the same SQLITE_FULL a full
 * disk gives (tests/cli/full-volume.test.ts fills a real one). Every write path answers
 * `disk_full`, saying how much room it needs and that nothing changed — and nothing did.
 */
const fillUp = (db: { pragma(sql: string, options?: { simple: boolean }): unknown }): void => {
  const pages = db.pragma('page_count', { simple: true }) as number
  db.pragma(`max_page_count = ${pages + 2}`)
}

describe('a full disk is disk_full, with nothing changed', () => {
  const closers: (() => void)[] = []
  afterEach(() => closers.splice(0).forEach((close) => close()))

  it('an import says how much room it needs and leaves the file as it was', async () => {
    const t = openCsvTestDb()
    closers.push(t.close)
    const file = customersFile(t.dir, 20_000)
    fillUp(t.db)
    const before = databaseHash(t.db)
    const failure = (await importCsv(t.db, file, { kind: 'customers' }).then(
      () => null,
      (error: unknown) => error,
    )) as { code: string; params: Record<string, string> } | null
    expect(failure).toMatchObject({ code: 'disk_full' })
    const message = translate('en', 'errors.disk_full', failure!.params)
    expect(message).toMatch(/needs about [\d.]+ [KMG]B more free space/)
    expect(message).toContain('Nothing was changed')
    expect(translate('zh-CN', 'errors.disk_full', failure!.params)).not.toBe(message)
    expect(databaseHash(t.db)).toBe(before)
  })

  it('a call through the registrar answers disk_full, translated, and changes nothing', async () => {
    const t = openTestBackend({ osLocale: 'zh-CN' })
    closers.push(t.close)
    fillUp(t.db)
    const big = 'x'.repeat(20_000)
    let result: unknown
    for (let i = 0; i < 50; i++) {
      result = await t.dispatch('customers.create', { name: `客户 ${i}`, notes: big })
      if (!(result as { ok: boolean }).ok) break
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } })
    expect((result as { error: { message: string } }).error.message).toContain('磁盘')
    // Whatever went in before the disk filled is whole; the failed call added nothing.
    const after = databaseHash(t.db)
    const again = await t.dispatch('customers.create', { name: '再试一次', notes: big })
    expect(again).toMatchObject({ ok: false, error: { code: 'disk_full' } })
    expect(databaseHash(t.db)).toBe(after)
  })
})
