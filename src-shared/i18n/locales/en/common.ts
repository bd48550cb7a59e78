/** Strings shared by the whole shell: app name, generic buttons, shortcuts, toasts. */
export const common = {
  appName: 'Kehu',
  appTagline: 'Customers, sales and service for your shop',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  close: 'Close',
  dismiss: 'Dismiss',
  undo: 'Undo',
  back: 'Back',
  retry: 'Try again',
  notifications: 'Notifications',
  search: 'Search or jump to…',
  openPalette: 'Open the command palette ({{shortcut}})',
  themeToggle: 'Switch to {{theme}} theme',
  themeLight: 'light',
  themeDark: 'dark',
  editHint: 'Click to edit; Enter saves, Esc cancels',
  addValue: 'Add…',
  pagerRange: '{{from}}–{{to}} of {{total}}',
  resizeColumn: 'Resize the {{column}} column (← →)',
  actionFailed: 'That did not work: {{message}}',
  bridgeMissing: 'Kehu could not reach its data. Restart the app; your data is unchanged.',
  integrityTitle: 'Your data file is damaged',
  integrityBody:
    'Kehu found damaged pages in {{file}} ({{detail}}). To protect what is left, Kehu will not change it. Restore the newest good backup below (the damaged file is kept as a backup of its own), or copy the file somewhere safe and ask for help.',
  /** Messages of the checks every schema shares (src-shared/ipc/schemas.ts). */
  /** A new passphrase typed twice (first run, Settings → Security, App lock). */
  passphraseFields: {
    repeat: 'Repeat the passphrase',
    tooShort: 'At least {{min}} characters.',
    mismatch: 'The two passphrases are not the same.',
    strength: { weak: 'Weak: easy to guess', fair: 'Fair: longer is better', strong: 'Strong' },
  },
  /** A recovery key shown once (first run, Settings → Security, App lock). */
  recoveryKey: {
    title: 'Your recovery key',
    body: 'It opens your data if you forget the passphrase or the computer’s keychain changes. It is shown only this once: print it or write it down and keep it away from this computer.',
    copy: 'Copy',
    copied: 'Copied.',
    print: 'Print',
    confirm: 'I have written it down',
    continue: 'Continue',
  },
  validation: {
    dateRange: 'Dates must lie between 1900-01-01 and 2200-12-31.',
    badCharacter: 'This text contains a broken character (half of an emoji or a similar symbol); type or paste it again.',
    nulCharacter: 'This text contains an invisible NUL character (often copied out of another program); remove it and try again.',
  },
}
