import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { MAX_IDLE_MINUTES } from '../../../src-shared/ipc/channels/lock'

/** Beside the data file, not in it: read before the file opens (start locked), the same for every shop. */
export const LOCK_FILE_NAME = 'kehu-lock.json'

const lockFile = z.object({
  enabled: z.boolean(),
  idleMinutes: z.int().min(1).max(MAX_IDLE_MINUTES),
  /** Wrong passphrases since the last right one: each doubles the wait before the next is heard. */
  failures: z.int().min(0),
  /** When (ms since the epoch) the next try is heard. Kept across restarts: quitting does not reset the wait. */
  retryAt: z.number().min(0),
})

export type LockFile = z.output<typeof lockFile>

export const DEFAULT_LOCK: LockFile = { enabled: false, idleMinutes: 10, failures: 0, retryAt: 0 }

/**
 * The lock's setting and its wrong-try count. A missing file is the default (lock off); a file
 * that exists but cannot be read counts as the lock on — never fail open because a file was
 * damaged or tampered with (the lock is only on where a passphrase exists, see lock-status.ts).
 */
export function readLockFile(dataDir: string): LockFile {
  let text: string
  try {
    text = readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_LOCK
    return { ...DEFAULT_LOCK, enabled: true }
  }
  const parsed = lockFile.safeParse(safeJson(text))
  return parsed.success ? parsed.data : { ...DEFAULT_LOCK, enabled: true }
}

/** Written beside, then renamed over: a crash leaves the old file or the new one, never half of one. */
export function writeLockFile(dataDir: string, patch: Partial<LockFile>): LockFile {
  const next = lockFile.parse({ ...readLockFile(dataDir), ...patch })
  const path = join(dataDir, LOCK_FILE_NAME)
  writeFileSync(`${path}.tmp`, JSON.stringify(next))
  renameSync(`${path}.tmp`, path)
  return next
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
