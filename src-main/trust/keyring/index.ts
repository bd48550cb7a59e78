export { keyringMatches, replaceRecoveryKey, resetPassphrase, syncKeychain } from './keyring-change'
export { hasKeyring, KEYRING_FILE_NAME, keyringInKeychain, keyringPath } from './keyring-file'
export {
  assertPassphraseStrength,
  setPassphrase,
  unlockWithKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  verifyPassphrase,
  type KeyringOptions,
  type NewKeyring,
} from './keyring'
export type { Keychain, KeychainStatus } from './keychain'
export { MIN_PASSPHRASE_LENGTH } from './passphrase-kdf'
