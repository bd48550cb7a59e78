import type { LockStatus } from '../../../src-shared/ipc/channels/lock'
import type { HandlerContext } from '../../ipc/context'
import { hasKeyring } from '../keyring'
import { readLockFile } from './lock-file'
import { lockDir } from './passphrase-tries'
import { secondsUntil } from './wrong-tries'

/** Whether the lock is on in `dataDir`: set on, and a passphrase exists to unlock it with. */
export function lockIsOn(dataDir: string): boolean {
  return readLockFile(dataDir).enabled && hasKeyring(dataDir)
}

export function lockStatus(ctx: HandlerContext): LockStatus {
  const dir = lockDir(ctx)
  const file = readLockFile(dir)
  const passphraseSet = hasKeyring(dir)
  return {
    locked: ctx.lock.locked(),
    enabled: file.enabled && passphraseSet,
    idleMinutes: file.idleMinutes,
    passphraseSet,
    waitSeconds: secondsUntil(file.retryAt, ctx.clock.now()),
  }
}
