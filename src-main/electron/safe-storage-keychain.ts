import { safeStorage } from 'electron'
import type { KeychainState } from '../../src-shared/ipc/channels/security'

/**
 * The OS keychain through Electron's `safeStorage` (Keychain on macOS, DPAPI on Windows, the
 * Secret Service or KWallet on Linux), in the shape src-main/trust/keyring's `Keychain` takes.
 * Linux's `basic_text` backend "encrypts" with a password built into Chromium: `insecure`, so
 * the keyring keeps no key there and asks for the passphrase instead. Call after `app` is ready.
 */
export function safeStorageKeychain() {
  return {
    status(): KeychainState {
      if (!safeStorage.isEncryptionAvailable()) return 'unavailable'
      if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'insecure'
      return 'available'
    },
    encrypt: (plain: string): Buffer => safeStorage.encryptString(plain),
    decrypt: (data: Buffer): string => safeStorage.decryptString(data),
  }
}
