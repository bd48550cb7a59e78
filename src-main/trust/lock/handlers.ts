import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import type { DomainHandlers } from '../../ipc/handler'
import { setPassphrase } from '../keyring'
import { writeLockFile } from './lock-file'
import { lockStatus } from './lock-status'
import { checkPassphrase, lockDir } from './passphrase-tries'

export const lockHandlers: DomainHandlers<'lock'> = {
  'lock.status': (_input, ctx) => lockStatus(ctx),
  'lock.unlock': async ({ passphrase }, ctx) => {
    if (ctx.lock.locked()) {
      await checkPassphrase(ctx, passphrase)
      ctx.lock.unlock()
    }
    return lockStatus(ctx)
  },
  'lock.lock': (_input, ctx) => {
    // Locking with nothing to unlock with would shut the owner out.
    if (!lockStatus(ctx).enabled) throw new AppError('lock_off')
    ctx.lock.lock()
    return lockStatus(ctx)
  },
  /**
   * Turning the lock off or changing its minutes needs the passphrase (someone at an unlocked
   * window must not quietly disarm it); turning it on with no passphrase yet sets one.
   */
  'lock.configure': async ({ enabled, idleMinutes, passphrase, newPassphrase }, ctx) => {
    const before = lockStatus(ctx)
    const dir = lockDir(ctx)
    let recoveryKey: string | undefined
    if (before.passphraseSet) {
      if (passphrase === undefined) throw new AppError('lock_passphrase_needed')
      await checkPassphrase(ctx, passphrase)
    } else if (enabled) {
      if (newPassphrase === undefined) throw new AppError('lock_new_passphrase_needed')
      recoveryKey = (await setPassphrase(dir, newPassphrase)).recoveryKey
    }
    // The audit row and the file change together: a file that cannot be written rolls the row back.
    ctx.db.transaction(() => {
      writeAudit(ctx.db, {
        entity: 'settings',
        entityId: null,
        action: 'settings',
        before: { appLock: { enabled: before.enabled, idleMinutes: before.idleMinutes } },
        after: { appLock: { enabled, idleMinutes }, ...(before.passphraseSet ? {} : { passphraseSet: enabled }) },
      })
      writeLockFile(dir, { enabled, idleMinutes })
    })()
    ctx.emit('data.changed', { entities: ['settings'] })
    return recoveryKey === undefined ? lockStatus(ctx) : { ...lockStatus(ctx), recoveryKey }
  },
}
