/** macOS uses ⌘ where Windows and Linux use Ctrl. */
export function isMac(): boolean {
  if (typeof navigator === 'undefined') return false
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent)
}

/** The palette shortcut as shown in tooltips: "⌘K" or "Ctrl K". */
export const paletteShortcutLabel = (): string => (isMac() ? '⌘K' : 'Ctrl K')

/** True for Ctrl+K (Windows/Linux) or ⌘K (macOS). */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey
}
