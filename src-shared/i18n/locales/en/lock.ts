/** The app lock: the lock screen, Settings → App lock, and reminders shown while locked. */
export const lock = {
  screen: {
    title: 'Kehu is locked',
    body: 'Enter your passphrase to continue. Nothing of your shop is shown while Kehu is locked.',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    checking: 'Checking…',
  },
  settings: {
    title: 'App lock',
    intro:
      'Locks Kehu after some idle minutes, when the computer locks or sleeps, and on {{shortcut}}. Unlock with your passphrase.',
    enabled: 'Lock Kehu when I am away',
    idleMinutes: 'Lock after this many idle minutes',
    passphrase: 'Current passphrase',
    passphraseHint: 'Changing the app lock needs your passphrase.',
    newPassphrase: 'New passphrase',
    newPassphraseHint: 'It also unlocks your encrypted data: keep it safe.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'App lock saved.',
    lockNow: 'Lock now',
    stateOn: 'On — locks after {{minutes}} idle minutes.',
    stateOff: 'Off.',
  },
  reminder: {
    title: 'Kehu reminder',
    one: 'A task is due. Unlock Kehu to see it.',
    digest: 'Tasks came due while you were away. Unlock Kehu to see them.',
  },
}
