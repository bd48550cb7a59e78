import { dirname } from 'node:path'
import { AppError } from '../../../src-shared/ipc/app-error'
import { defineService } from '../../ipc/backend-services'
import type { HandlerContext } from '../../ipc/context'
import { verifyPassphrase } from '../keyring'
import { readLockFile, writeLockFile } from './lock-file'
import { secondsUntil, waitAfter } from './wrong-tries'

/** One try at a time: two calls at once cannot both slip in before the first wrong one sets the wait. */
const tries = defineService('lock.tries', () => {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work)
    tail = result.catch(() => undefined)
    return result
  }
})

/** The data folder the lock file and the keyring sit in (the demo shop's file is there too). */
export const lockDir = (ctx: HandlerContext): string => dirname(ctx.dataFile)

/**
 * Hears a passphrase (unlock, or a change to the lock): refused unheard with `lock_wait` while
 * an earlier wrong try's wait runs; a wrong one doubles the wait (capped) and says how long, in
 * words; a right one clears the count. The count and the wait survive a restart.
 */
export function checkPassphrase(ctx: HandlerContext, passphrase: string): Promise<void> {
  const dir = lockDir(ctx)
  const attempt = async (): Promise<true | null> => ((await verifyPassphrase(dir, passphrase)) ? true : null)
  return ctx.services.get(tries)(async () => void (await hearTry(dir, () => ctx.clock.now(), attempt)))
}

/**
 * One try at a passphrase against the wrong-try count kept in `dataDir` — the same count for the
 * app lock and the unlock of an encrypted file at start, so quitting between guesses gains
 * nothing. `attempt` answers null for a wrong passphrase, else what the right one opened. The
 * caller runs one try at a time.
 */
export async function hearTry<T>(dataDir: string, now: () => number, attempt: () => Promise<T | null>): Promise<T> {
  const file = readLockFile(dataDir)
  const wait = secondsUntil(file.retryAt, now())
  if (wait > 0) throw new AppError('lock_wait', { seconds: wait })
  const opened = await attempt()
  if (opened !== null) {
    clearTries(dataDir)
    return opened
  }
  const failures = file.failures + 1
  const seconds = waitAfter(failures)
  writeLockFile(dataDir, { failures, retryAt: now() + seconds * 1000 })
  throw new AppError('lock_wrong_passphrase', { seconds })
}

/** The owner proved who they are (a right passphrase, or the recovery key): guessing starts over. */
export function clearTries(dataDir: string): void {
  if (readLockFile(dataDir).failures > 0) writeLockFile(dataDir, { failures: 0, retryAt: 0 })
}
