import { z } from 'zod'
import { channel } from '../channel'
import { wellFormed } from '../schemas'

/** `setup`: no data file yet, the first-run choice. `locked`: an encrypted file waits for a key. */
export type SecurityPhase = 'setup' | 'locked' | 'open'

/** Linux's `basic_text` fallback is `insecure`: Kehu keeps no key there. */
export type KeychainState = 'available' | 'unavailable' | 'insecure'

export interface SecurityStatus {
  phase: SecurityPhase
  /** The data file is encrypted (false before the first run's choice). */
  encrypted: boolean
  passphraseSet: boolean
  keychain: KeychainState
  /** The OS keychain holds the key, so the app opens without asking. */
  inKeychain: boolean
  /**
   * Opened with the recovery key (the passphrase forgotten): until a new passphrase is set or the
   * app quits, `security.resetPassphrase` sets one without asking for the old.
   */
  recovered: boolean
}

export interface SecurityChange {
  status: SecurityStatus
  /** A new recovery key to show once (print or write down); null when none was made. */
  recoveryKey: string | null
}

/**
 * The steps of turning encryption on or off, in order, as `job.progress` phases (kind
 * `security.encryption`). Cancel is offered until `swapping`: from there the new file goes in.
 */
export const CONVERSION_PHASES = ['copying', 'encrypting', 'decrypting', 'checking', 'swapping', 'backups'] as const
export type ConversionPhase = (typeof CONVERSION_PHASES)[number]

/** The first phase past the point of no return: Cancel is no longer offered from it on. */
export const cancellable = (phase: string | undefined): boolean =>
  phase === undefined || CONVERSION_PHASES.indexOf(phase as ConversionPhase) < CONVERSION_PHASES.indexOf('swapping')

/** Shorter new passphrases are refused: the KDF slows guessing, it cannot make "1234" strong. */
export const MIN_PASSPHRASE_LENGTH = 8

// Long passphrases are welcome; the cap only keeps a pasted file out of scrypt.
const passphrase = wellFormed(z.string().min(1).max(1024))

export const securityChannels = {
  'security.status': channel<SecurityStatus>()(z.object({}).strict()),
  /** The first run's choice: encrypt (needs a passphrase) or not (a passphrase is optional). */
  'security.setup': channel<SecurityChange>()(z.object({ encrypt: z.boolean(), passphrase: passphrase.optional() }).strict()),
  /** Opens an encrypted file with the passphrase or the recovery key. */
  'security.unlock': channel<SecurityStatus>()(
    z.union([z.object({ passphrase }).strict(), z.object({ recoveryKey: wellFormed(z.string().min(1).max(200)) }).strict()]),
  ),
  /**
   * Settings → Security: encrypt or decrypt the data file (the passphrase proves it is the owner).
   * It runs in a worker: `job.progress` events carry `jobId`, and `jobs.cancel` stops it before the swap.
   */
  'security.setEncryption': channel<SecurityChange>()(z.object({ on: z.boolean(), passphrase, jobId: z.uuid() }).strict()),
  'security.changePassphrase': channel<SecurityStatus>()(z.object({ current: passphrase, next: passphrase }).strict()),
  /** A new passphrase after opening with the recovery key (`recovered`): the old one is forgotten. */
  'security.resetPassphrase': channel<SecurityStatus>()(z.object({ next: passphrase }).strict()),
  /** Replaces the recovery key: the old one stops working. */
  'security.newRecoveryKey': channel<SecurityChange>()(z.object({ passphrase }).strict()),
}

export type SecurityChannel = keyof typeof securityChannels
