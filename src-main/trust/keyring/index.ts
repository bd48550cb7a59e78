export { changePassphrase, replaceRecoveryKey, resetPassphrase, syncKeychain } from './keyring-change'
export { hasKeyring, KEYRING_FILE_NAME, keyringPath } from './keyring-file'
export {
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
