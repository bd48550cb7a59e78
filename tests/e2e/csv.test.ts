import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

interface Hit {
  id: number
  name: string
}

/** A Chinese-Excel customers file (GBK) whose name column has a header Kehu does not know. */
/** The file: 陈大文 in rows 2 and 11 (one phone), and 孙八 again, now in 杭州. */
const REPEAT_CSV = [
  '姓名,手机,邮箱,城市',
  '陈大文,138 0013 8000,dw@old.example,深圳',
  ...Array.from({ length: 8 }, (_, i) => `客户${i},1370000000${i},,`),
  '陈大文,13800138000,dw@new.example,深圳',
  '孙八,13500135000,,杭州',
].join('\n')

const GBK_CSV = ['称呼,手机,城市', '赵六,13600136000,成都', '钱七,1.36E+10,重庆', '孙八,13500135000,西安'].join('\r\n')

describe.skipIf(noBrowserReason)('import and export end to end: the wizard on the real backend', () => {
  const files = makeTempDir('kehu-e2e-files-')
  const gbkFile = join(files.dir, '老客户.csv')
  const listFile = join(files.dir, 'customers-list.csv')
  const repeatFile = join(files.dir, 'repeats.csv')
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    writeFileSync(gbkFile, iconv.encode(GBK_CSV, 'gbk'))
    writeFileSync(repeatFile, REPEAT_CSV)
    harness = await startHarness({ locale: 'en' })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    files.cleanup()
  })

  const found = async (name: string): Promise<boolean> =>
    (await harness.invoke<Hit[]>('customers.search', { query: name, limit: 5 })).some((h) => h.name === name)
  const wizard = () => page.getByRole('region', { name: 'Import', exact: true })

  /** Picks `file` in the wizard (the harness's dialog returns it) and walks to the preview. */
  const pickAndMap = async (file: string, fixMapping: boolean): Promise<void> => {
    await page.getByRole('button', { name: 'Import / Export' }).first().click()
    await harness.queueDialog('openFile', file)
    await wizard()
      .getByRole('button', { name: /Choose a CSV file/ })
      .click()
    await expect.poll(() => wizard().getByRole('status').first().textContent()).toContain(file.split('/').pop())
    await wizard().getByRole('button', { name: 'Next' }).click()
    if (fixMapping) {
      await expect.poll(() => wizard().getByRole('alert').textContent()).toContain('required field(s): name')
      await wizard().getByLabel('Name', { exact: true }).selectOption('称呼')
      await expect.poll(() => wizard().getByRole('alert').count()).toBe(0)
    }
    await wizard().getByRole('button', { name: 'Next' }).click()
  }

  it('imports a GBK file through the wizard: detect, fix a mapping, see the errors, commit', async () => {
    await pickAndMap(gbkFile, true)
    const grid = wizard().getByRole('table', { name: 'Preview' })
    await expect.poll(() => grid.getByText(/scientific notation/).count()).toBe(1)
    await wizard().getByLabel('Only rows with problems').check()
    await expect.poll(() => grid.getByRole('row').count()).toBe(2)
    await expect.poll(() => grid.getByRole('row').nth(1).textContent()).toContain('钱七')

    await wizard().getByRole('button', { name: 'Check (nothing is saved)' }).click()
    await expect.poll(() => wizard().getByText('3 rows: 2 new, 0 updated, 0 skipped, 1 with errors').count()).toBe(1)
    expect(await found('赵六')).toBe(false)

    await wizard().getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => wizard().getByRole('heading', { name: 'Import finished' }).count()).toBe(1)
    expect(await wizard().getByRole('status').first().textContent()).toBe('3 rows: 2 new, 0 updated, 0 skipped, 1 with errors')
    expect(await found('赵六')).toBe(true)
  })

  it('finds the imported customers in the list', async () => {
    await page.getByRole('button', { name: 'Customers' }).first().click()
    await page.getByLabel('Search customers').fill('孙八')
    await expect.poll(() => page.getByRole('grid').getByRole('row').filter({ hasText: '孙八' }).count()).toBe(1)
    await page.getByLabel('Search customers').fill('')
  })

  it('undoes the import from the history', async () => {
    await page.getByRole('button', { name: 'Import / Export' }).first().click()
    await page.getByRole('button', { name: 'Undo: 老客户.csv' }).click()
    await expect.poll(() => found('赵六')).toBe(false)
    await expect.poll(() => page.getByText('Undone', { exact: true }).count()).toBe(1)
  })

  it('exports the customer list and imports that file back onto the same customers', async () => {
    await pickAndMap(gbkFile, false) // the fixed mapping was remembered for this source
    await wizard().getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => wizard().getByRole('heading', { name: 'Import finished' }).count()).toBe(1)

    await page.getByRole('button', { name: 'Customers' }).first().click()
    await harness.queueDialog('saveFile', listFile)
    await page.getByRole('button', { name: 'Export to CSV' }).click()
    await expect.poll(() => page.getByText(/Exported 2 rows to customers-list\.csv/).count()).toBe(1)
    const lines = readFileSync(listFile, 'utf8').split('\r\n')
    expect(lines[0].startsWith('\uFEFFName,Phone,City')).toBe(true)
    expect(lines.filter((l) => l.includes('赵六') || l.includes('孙八'))).toHaveLength(2)

    await pickAndMap(listFile, false)
    await wizard().getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => wizard().getByRole('heading', { name: 'Import finished' }).count()).toBe(1)
    expect(await wizard().getByRole('status').first().textContent()).toBe('2 rows: 0 new, 2 updated, 0 skipped, 0 with errors')
  })

  it('flags the same customer twice in the file and lists the updates before anything is written', async () => {
    await wizard().getByRole('button', { name: 'Import another file' }).click()
    await pickAndMap(repeatFile, false)
    const repeats = wizard().getByRole('table', { name: 'Same record more than once in this file' })
    await expect.poll(() => repeats.getByRole('row').nth(1).textContent()).toBe('2, 11Phone · 138001380002')
    const updates = wizard().getByRole('table', { name: 'Existing records this file updates' })
    await expect.poll(() => updates.getByRole('row').nth(1).textContent()).toBe('12孙八City西安杭州')
    expect(await found('陈大文')).toBe(false)

    await wizard().getByRole('radio', { name: 'last row wins' }).check()
    await expect.poll(() => repeats.getByRole('row').nth(1).textContent()).toBe('2, 11Phone · 1380013800011')
    await wizard().getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => wizard().getByRole('heading', { name: 'Import finished' }).count()).toBe(1)
    expect(await wizard().getByRole('status').first().textContent()).toBe('11 rows: 9 new, 1 updated, 1 skipped, 0 with errors')
    const [chen] = (await harness.invoke<Hit[]>('customers.search', { query: '陈大文', limit: 5 })).filter(
      (h) => h.name === '陈大文',
    )
    expect(await harness.invoke<{ email: string }>('customers.get', { id: chen.id })).toMatchObject({ email: 'dw@new.example' })
    expect(problems).toEqual([])
  })
})
