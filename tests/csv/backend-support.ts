import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import iconv from 'iconv-lite'
import { queuedDialogs } from '../../src-main/harness/queued-dialogs'
import type { IpcResult } from '../../src-shared/ipc'
import { openTestBackend, type TestBackend } from '../support/test-db'

export type ImportBackend = TestBackend & { dialogs: ReturnType<typeof queuedDialogs> }

/** A fresh backend whose file dialogs return what the test queues, like the harness's. */
export function openImportBackend(): ImportBackend {
  const backend = openTestBackend()
  const dialogs = queuedDialogs()
  backend.ctx.dialogs = dialogs
  return { ...backend, dialogs }
}

/** Calls a channel and returns its data, failing the test with the error message otherwise. */
export async function ok<T>(backend: TestBackend, channel: string, input: unknown): Promise<T> {
  const result = (await backend.dispatch(channel, input)) as IpcResult<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
  return result.data
}

/** Writes `text` as a GBK (GB18030) file, as Chinese Excel saves "CSV". */
export function gbkFile(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, iconv.encode(text, 'gb18030'))
  return path
}

const TABLES = [
  'customers',
  'products',
  'orders',
  'order_lines',
  'deals',
  'tickets',
  'survey_responses',
  'imports',
  'import_changes',
  'import_mappings',
]

/** Every row of every table an import touches, hashed: equal hashes = exactly the same data. */
export function contentHash(db: Database.Database): string {
  const hash = createHash('sha256')
  for (const table of TABLES) hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all()))
  return hash.digest('hex')
}

export const count = (db: Database.Database, table: string): number =>
  db
    .prepare(`SELECT count(*) FROM ${table} WHERE ${table === 'customers' ? 'deleted_at IS NULL' : '1'}`)
    .pluck()
    .get() as number
