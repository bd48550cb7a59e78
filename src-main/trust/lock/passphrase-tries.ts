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
  return ctx.services.get(tries)(async () => {
    const file = readLockFile(dir)
    const wait = secondsUntil(file.retryAt, ctx.clock.now())
    if (wait > 0) throw new AppError('lock_wait', { seconds: wait })
    if (await verifyPassphrase(dir, passphrase)) {
      if (file.failures > 0) writeLockFile(dir, { failures: 0, retryAt: 0 })
      return
    }
    const failures = file.failures + 1
    const seconds = waitAfter(failures)
    writeLockFile(dir, { failures, retryAt: ctx.clock.now() + seconds * 1000 })
    throw new AppError('lock_wrong_passphrase', { seconds })
  })
}
