import type Database from 'better-sqlite3'
import type { ExportResult } from '../../../src-shared/ipc/channels/csv-export'
import { exportToFolder, exportToZip, type ExportJob } from '../export-data'
import { exportError } from '../files/export-errors'

export interface ExportJobInput extends ExportJob {
  /** The folder, or the .zip file, the user chose. */
  target: string
  zip: boolean
}

/** Writes an export (customers, orders or the accountant pack) where the user chose. */
export async function exportJob(db: Database.Database, input: ExportJobInput): Promise<ExportResult> {
  const { target, zip, ...job } = input
  return writingTo(target, () => (zip ? exportToZip(db, target, job) : exportToFolder(db, target, job)))
}

/** A file-system failure (full disk, read-only folder …) becomes a translated error (files/export-errors.ts). */
export async function writingTo<T>(target: string, write: () => T | Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    throw exportError(target, error)
  }
}
