import { basename } from 'node:path'
import { AppError } from '../../../src-shared/ipc/app-error'
import { diskFullError, isDiskFull } from '../../db/disk-space'

/** Folder or file refused by the file system: read-only, someone else's, or not a place for files. */
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT'])
const NOT_A_FOLDER = new Set(['ENOTDIR', 'EISDIR'])

/**
 * A file-system failure of an export as a translated error, the same for the app and the CLI:
 * full disk → `disk_full`; read-only or foreign folder, or one that cannot hold files (/proc) →
 * `export_not_writable`; a file where the folder should be → `export_out_not_folder`; anything
 * else → `export_failed` with the system's code.
 */
export function exportError(target: string, error: unknown): AppError {
  if (error instanceof AppError) return error
  if (isDiskFull(error)) return diskFullError(target, 0)
  // The name the owner gave, not the whole path: errors reach the renderer.
  const name = basename(target)
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  if (NOT_WRITABLE.has(code)) return new AppError('export_not_writable', { target: name })
  if (NOT_A_FOLDER.has(code)) return new AppError('export_out_not_folder', { target: name })
  return new AppError('export_failed', { target: name, detail: code || String(error) })
}
