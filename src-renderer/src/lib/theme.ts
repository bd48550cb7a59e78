const DARK_QUERY = '(prefers-color-scheme: dark)'

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches
}

/** Calls `listener` when the OS switches between light and dark; returns the unsubscribe. */
export function onSystemThemeChange(listener: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const query = matchMedia(DARK_QUERY)
  query.addEventListener('change', listener)
  return () => query.removeEventListener('change', listener)
}

/** The CSS reads `:root[data-theme]`; `color-scheme` makes native controls and scrollbars match. */
export function applyTheme(resolved: 'light' | 'dark'): void {
  const root = document.documentElement
  root.dataset.theme = resolved
  root.style.colorScheme = resolved
}
