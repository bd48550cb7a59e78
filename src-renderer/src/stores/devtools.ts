import { devtools } from 'zustand/middleware'

/** Redux devtools only in development and only when the extension is there (no console noise). */
export function devtoolsEnabled(): boolean {
  return import.meta.env.DEV && typeof window !== 'undefined' && '__REDUX_DEVTOOLS_EXTENSION__' in window
}

/**
 * zustand's devtools middleware in a development build; in a production build the store is made
 * without it, so its 7 kB leave the start script (issue 9 point 13). Nothing here calls the
 * middleware's own API, and the action names the stores pass to `set` are then ignored.
 */
export const withDevtools: typeof devtools = import.meta.env.DEV
  ? devtools
  : (((initializer: unknown) => initializer) as typeof devtools)
