import { isMac } from '../../lib/platform'

/** Ctrl/Cmd+L locks the app from anywhere, even from inside a text field. */
export const isLockShortcut = (event: KeyboardEvent): boolean =>
  event.key.toLowerCase() === 'l' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey

export const lockShortcutLabel = (): string => (isMac() ? '⌘L' : 'Ctrl L')
