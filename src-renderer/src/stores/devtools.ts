/** Redux devtools only in development and only when the extension is there (no console noise). */
export function devtoolsEnabled(): boolean {
  return import.meta.env.DEV && typeof window !== 'undefined' && '__REDUX_DEVTOOLS_EXTENSION__' in window
}
