import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ImportJobOutput } from './import-job'

type Failed = ImportJobOutput['failed']

/** Failed rows of the last few jobs per data file, until the user saves them (or not). */
const KEEP = 5
const stores = new WeakMap<Database.Database, Map<string, Failed>>()

export function keepFailedRows(db: Database.Database, jobId: string, failed: Failed): void {
  let store = stores.get(db)
  if (!store) stores.set(db, (store = new Map()))
  store.set(jobId, failed)
  if (store.size > KEEP) store.delete(store.keys().next().value as string)
}

export function failedRowsOf(db: Database.Database, jobId: string): Failed {
  const failed = stores.get(db)?.get(jobId)
  if (!failed) throw new AppError('job_not_found')
  return failed
}
