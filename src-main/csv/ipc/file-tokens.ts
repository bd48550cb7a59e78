import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'

export interface PickedFile {
  path: string
  name: string
}

/** Files kept per data file; the oldest token is forgotten first. */
const KEEP = 20
const picked = new WeakMap<Database.Database, Map<string, PickedFile>>()

/**
 * The renderer never sends a path: it gets an opaque token for the file the user picked in
 * the main-process dialog, and the path stays here.
 */
export function rememberFile(db: Database.Database, path: string): string {
  let files = picked.get(db)
  if (!files) picked.set(db, (files = new Map()))
  const fileId = randomUUID()
  files.set(fileId, { path, name: basename(path) })
  if (files.size > KEEP) files.delete(files.keys().next().value as string)
  return fileId
}

export function pickedFile(db: Database.Database, fileId: string): PickedFile {
  const file = picked.get(db)?.get(fileId)
  if (!file) throw new AppError('import_file_gone')
  return file
}
