import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { openDatabase } from '../../../src-main/db'
import { makeTempDir } from '../../support/temp-dir'
import { dismissStartDigest, launchBrowser } from './browser'
import { startHarness, type Harness } from './harness'

/** Where the screenshot tests save their pictures for a person to look at. */
export const SHOTS = resolve(__dirname, '../../../test-results/screens')

/** A shop made by `fill`, served by the harness, and a Chromium to open it in. Set once the describe block's beforeAll has run. */
export interface SeededShop<T> {
  readonly harness: Harness
  readonly browser: Browser
  /** What `fill` returned (e.g. a record the test looks for). */
  readonly filled: T
}

/**
 * Registers, in the calling describe block, the beforeAll that fills a new data file (as a
 * real shop is filled before the app opens it), starts the harness on it and launches Chromium,
 * and the afterAll that takes them down. `dismissDigest`: the seed's tasks have reminders that
 * came due before the harness started, and their one digest would cover the first page's header.
 */
export function seededShop<T = void>(options: {
  prefix: string
  locale: 'zh-CN' | 'en'
  fill(db: Database.Database): T
  dismissDigest?: boolean
}): SeededShop<T> {
  const temp = makeTempDir(options.prefix)
  const shop = {} as { harness: Harness; browser: Browser; filled: T }
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    try {
      shop.filled = options.fill(db)
    } finally {
      db.close()
    }
    shop.harness = await startHarness({ locale: options.locale, dataDir: temp.dir })
    shop.browser = await launchBrowser()
    if (options.dismissDigest) await dismissStartDigest(shop.browser, shop.harness)
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await shop.browser?.close()
    await shop.harness?.stop()
    temp.cleanup()
  })
  return shop
}
