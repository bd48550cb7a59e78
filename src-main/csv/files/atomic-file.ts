import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { numberedNames } from './free-name'

/** A file being written under a temporary name beside its target, moved into place on `commit`. */
export interface AtomicFile {
  readonly fd: number
  /** Flushes to the disk and gives the file its name; returns the path it got. */
  commit(): string
  /** Removes the temporary file: nothing is left under any name. */
  abort(): void
}

export interface AtomicOptions {
  /**
   * Replace a file of that name (the owner chose it in a save dialog, which asked first);
   * otherwise an existing file keeps its name and the export takes the next free numbered one.
   */
  replace: boolean
}

// Without hard links (FAT and exFAT USB sticks) a name is checked, then taken by rename.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS'])

/**
 * Writes never leave a half file under the final name: the bytes go to a hidden temporary file
 * in the same folder (same disk, so the move is atomic), are fsynced, then renamed into place.
 * A crash or a full disk leaves at most the hidden `.…kehu-part` file, which `abort` removes.
 */
export function createAtomicFile(path: string, { replace }: AtomicOptions): AtomicFile {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.kehu-part`)
  const fd = openSync(temp, 'wx')
  let open = true
  const close = (): void => {
    if (open) closeSync(fd)
    open = false
  }
  return {
    fd,
    commit() {
      fsyncSync(fd)
      close()
      const placed = replace ? (renameSync(temp, path), path) : placeBeside(temp, path)
      syncFolder(dirname(path))
      return placed
    },
    abort() {
      try {
        close()
      } finally {
        rmSync(temp, { force: true })
      }
    },
  }
}

/** Gives `temp` the first free name of `path`'s numbered names, never replacing a file. */
function placeBeside(temp: string, path: string): string {
  for (const candidate of numberedNames(path)) {
    try {
      linkSync(temp, candidate) // fails with EEXIST instead of replacing: no race with another writer
      rmSync(temp)
      return candidate
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (code === 'EEXIST') continue
      if (!NO_LINKS.has(code)) throw error
      if (exists(candidate)) continue
      renameSync(temp, candidate)
      return candidate
    }
  }
  throw Object.assign(new Error(`no free name for ${path}`), { code: 'EEXIST' })
}

function exists(path: string): boolean {
  try {
    closeSync(openSync(path, 'r'))
    return true
  } catch {
    return false
  }
}

/** Makes the rename itself survive a power cut (POSIX; Windows cannot open a folder to sync it). */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // best effort: the file's own bytes are already on the disk
  }
}
