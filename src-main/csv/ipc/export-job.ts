import { basename } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ExportResult } from '../../../src-shared/ipc/channels/csv-export'
import { exportToFolder, exportToZip, type ExportJob } from '../export-data'

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

/** A file-system failure (read-only folder, full disk) becomes a translated `export_failed`. */
export async function writingTo<T>(target: string, write: () => T | Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (error instanceof AppError) throw error
    const detail = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new AppError('export_failed', { target: basename(target), detail })
  }
}
