import { z } from 'zod'
import { channel } from '../channel'
import { wellFormed } from '../schemas'

/** Longest idle time the lock setting accepts: a day. */
export const MAX_IDLE_MINUTES = 1440

/** What the lock screen and Settings → App lock show; nothing of the shop's data. */
export interface LockStatus {
  locked: boolean
  /** The lock is on: it locks after `idleMinutes` idle, when the computer locks or sleeps, and on Ctrl/Cmd+L. */
  enabled: boolean
  idleMinutes: number
  /** A passphrase exists (turning the lock on without one asks for one). */
  passphraseSet: boolean
  /** After wrong passphrases: seconds before the next try is heard (0: now). */
  waitSeconds: number
}

/** After the lock set the first passphrase: the recovery key, shown once to print or write down. */
export interface LockConfigured extends LockStatus {
  recoveryKey?: string
}

/** A passphrase as typed (never trimmed: spaces count). */
const passphrase = wellFormed(z.string().min(1).max(1024))

export const lockChannels = {
  /** Answered while locked. */
  'lock.status': channel<LockStatus>()(z.strictObject({})),
  /** Answered while locked; a wrong passphrase answers `lock_wrong_passphrase` and the next try waits longer. */
  'lock.unlock': channel<LockStatus>()(z.strictObject({ passphrase })),
  /** Locks now (Ctrl/Cmd+L); refused while the lock is off. */
  'lock.lock': channel<LockStatus>()(z.strictObject({})),
  /**
   * Turns the lock on or off and sets its idle minutes, with the current passphrase; turning it on
   * with no passphrase yet sets `newPassphrase` as the passphrase (the keyring's, which encryption
   * uses too) and answers its recovery key.
   */
  'lock.configure': channel<LockConfigured>()(
    z.strictObject({
      enabled: z.boolean(),
      idleMinutes: z.int().min(1).max(MAX_IDLE_MINUTES),
      passphrase: passphrase.optional(),
      newPassphrase: wellFormed(z.string().min(8).max(1024)).optional(),
    }),
  ),
}
