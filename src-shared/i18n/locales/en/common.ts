/** Strings shared by the whole shell: app name, generic buttons, shortcuts, toasts. */
export const common = {
  appName: 'Kehu',
  appTagline: 'Customers, sales and service for your shop',
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
  actionFailed: 'That did not work: {{message}}',
  bridgeMissing: 'Kehu could not reach its data. Restart the app; your data is unchanged.',
}
