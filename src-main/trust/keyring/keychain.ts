/**
 * The operating system's keychain as the keyring needs it (Electron `safeStorage` in the app,
 * a test-controlled one in the harness). `insecure` is Linux's `basic_text` fallback: it
 * "encrypts" with a hard-coded password, so a key stored that way is not protected at all.
 */
export type KeychainStatus = 'available' | 'unavailable' | 'insecure'

export interface Keychain {
  status(): KeychainStatus
  encrypt(plain: string): Buffer
  /** Throws when the keychain cannot decrypt (changed keychain, other user, other machine). */
  decrypt(data: Buffer): string
}
