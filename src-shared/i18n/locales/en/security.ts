/**
 * Encryption at rest on screen: the first run's choice, the recovery key, unlocking, Settings →
 * Security. Not registered with i18next: only the lazily loaded screens read it
 * (features/security/use-security-strings.ts), so it stays out of the start page's script.
 */
export const security = {
  setup: {
    title: 'Protect your customer list',
    body: 'Encrypted, the data file cannot be read by anyone who copies it without your passphrase.',
    encrypt: 'Encrypt my data (recommended)',
    plain: 'Leave it unencrypted',
    start: 'Start',
  },
  passphrase: 'Passphrase',
  repeat: 'Repeat the passphrase',
  current: 'Current passphrase',
  next: 'New passphrase',
  tooShort: 'At least {{min}} characters.',
  mismatch: 'The two passphrases are not the same.',
  strength: { weak: 'Weak: easy to guess', fair: 'Fair: longer is better', strong: 'Strong' },
  recovery: {
    title: 'Your recovery key',
    body: 'It opens your data if you forget the passphrase or the computer’s keychain changes. It is shown only this once: print it or write it down and keep it away from this computer.',
    copy: 'Copy',
    copied: 'Copied.',
    print: 'Print',
    confirm: 'I have written it down',
    continue: 'Continue',
  },
  unlock: {
    title: 'Unlock your data',
    body: 'This computer’s keychain did not open the data file. Enter your passphrase.',
    recoveryBody: 'Enter the recovery key you printed or wrote down.',
    recoveryKey: 'Recovery key',
    unlock: 'Unlock',
    checking: 'Checking…',
    useRecovery: 'Use the recovery key instead',
    usePassphrase: 'Use the passphrase instead',
  },
  reset: {
    title: 'Choose a new passphrase',
    body: 'You opened your data with the recovery key. Choose a new passphrase now, so you are not asked for the recovery key next time. The recovery key keeps working.',
    save: 'Save the new passphrase',
    later: 'Not now',
  },
  settings: {
    encrypted: 'The data file is encrypted.',
    plain: 'The data file is not encrypted.',
    inKeychain: 'This computer’s keychain opens it without asking.',
    noKeychain: 'Kehu asks for the passphrase at start: the keychain is not available or not trusted here.',
    turnOn: 'Encrypt the data file',
    turnOff: 'Stop encrypting',
    changePassphrase: 'Change passphrase',
    newRecoveryKey: 'New recovery key',
    newRecoveryKeyHint: 'The old recovery key stops working.',
    working: 'Working…',
    done: 'Done.',
    cancel: 'Cancel',
  },
  /** Turning encryption on or off, step by step (phases of `security.setEncryption`'s job). */
  conversion: {
    copying: 'Copying the data file… {{percent}}%',
    encrypting: 'Encrypting the copy… {{percent}}%',
    decrypting: 'Decrypting the copy… {{percent}}%',
    checking: 'Checking every table and index of the copy… {{percent}}%',
    swapping: 'Putting the new file in place… {{percent}}%',
    backups: 'Encrypting the backups beside it: {{done}} of {{total}} done',
    starting: 'Starting…',
    closed: 'Nothing can be read or saved elsewhere in Kehu until this ends.',
    cancel: 'Cancel',
    cancelling: 'Cancelling: the step under way finishes first…',
    noCancel: 'The new file is going in: this can no longer be cancelled.',
  },
}
