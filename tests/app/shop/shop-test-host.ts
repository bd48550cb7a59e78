import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'
import type { BootOptions } from '../../../src-main/app/boot'
import { createShopHost, type ShopHost } from '../../../src-main/app/shop/shop-host'
import { queuedDialogs } from '../../../src-main/harness/queued-dialogs'
import type { IpcResult } from '../../../src-shared/ipc'

/** A shop host on a temp data folder, as the app and the harness make it (workers inline unless told). */
export const openShopHost = (dataDir: string, options: Partial<BootOptions> = {}): ShopHost =>
  createShopHost({ dataDir, platform: 'cli', osLocale: 'zh-CN', dialogs: queuedDialogs(), ...options })

/** The data a call answered, or the test fails with the backend's message. */
export async function data<T>(result: Promise<IpcResult<unknown>>): Promise<T> {
  const answer = await result
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`)
  return answer.data as T
}

/** SHA-256 of a file and its WAL (absent reads as empty): the bytes SQLite would read. */
export function fileHash(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file))
  if (existsSync(`${file}-wal`)) hash.update(readFileSync(`${file}-wal`))
  return hash.digest('hex')
}

const COUNTED = ['customers', 'orders', 'deals', 'tickets', 'audit_log', 'settings'] as const

/** Row counts of the tables a demo session could touch, read straight from a connection. */
export const rowCounts = (db: Database.Database): Record<string, number> =>
  Object.fromEntries(COUNTED.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]))
