import type { StateCreator } from 'zustand'
import type { NavigationState, Route } from './initial-state'

export interface NavigationActions {
  /** Goes to a route, remembering the current one for `back()`. Same route: no-op. */
  navigate(route: Route): void
  /** Replaces the current route without a history entry (e.g. to clear an intent). */
  replace(route: Route): void
  back(): void
}

export type NavigationStore = NavigationState & NavigationActions

const MAX_HISTORY = 50
const sameRoute = (a: Route, b: Route): boolean => JSON.stringify(a) === JSON.stringify(b)

export const createNavigationActions: StateCreator<NavigationStore, [['zustand/devtools', never]], [], NavigationActions> = (
  set,
  get,
) => ({
  navigate: (route) => {
    const { route: current, history } = get()
    if (sameRoute(current, route)) return
    set({ route, history: [...history, current].slice(-MAX_HISTORY) }, false, 'navigation/navigate')
  },
  replace: (route) => set({ route }, false, 'navigation/replace'),
  back: () => {
    const { history } = get()
    const previous = history.at(-1)
    if (!previous) return
    set({ route: previous, history: history.slice(0, -1) }, false, 'navigation/back')
  },
})
