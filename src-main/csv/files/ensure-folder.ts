import { mkdirSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { AppError } from '../../../src-shared/ipc/app-error'

/**
 * Makes sure `dir` is a folder, creating the missing ones one level at a time. Node's
 * `mkdir({ recursive: true })` spins forever under a pseudo file system such as /proc (the
 * kernel answers ENOENT for a path whose parent exists, and Node retries the parent); here the
 * first refusal ends it. A file where a folder should be is `export_out_not_folder`.
 */
export function ensureFolder(dir: string): void {
  const missing: string[] = []
  let at = resolve(dir)
  for (;;) {
    const stats = statOrMissing(at)
    if (stats && !stats.isDirectory()) throw new AppError('export_out_not_folder', { target: basename(at) })
    if (stats) break
    missing.push(at)
    const parent = dirname(at)
    if (parent === at) break
    at = parent
  }
  for (const folder of missing.reverse()) mkdirSync(folder)
}

function statOrMissing(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
