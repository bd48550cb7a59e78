import { writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { createAtomicFile } from '../csv/files/atomic-file'
import { exportError } from '../csv/files/export-errors'

/** The path with the format's extension: a name typed without it, or with another, still gets it. */
export const withExtension = (path: string, extension: string): string =>
  extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`

/**
 * Writes a whole file the way exports do (csv/files/atomic-file.ts): a hidden temporary file
 * beside the target, fsynced, renamed into place — replacing a file of that name, which the
 * save dialog asked about first. A file-system failure becomes the exports' translated error.
 * Returns the file's name (the path stays in the main process).
 */
export function writeFileSafely(path: string, bytes: Uint8Array): string {
  try {
    const file = createAtomicFile(path, { replace: true })
    try {
      writeFileSync(file.fd, bytes)
      return basename(file.commit())
    } catch (error) {
      file.abort()
      throw error
    }
  } catch (error) {
    throw exportError(path, error)
  }
}
