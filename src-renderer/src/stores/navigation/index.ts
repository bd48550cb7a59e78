import { create } from 'zustand'
import { createNavigationActions, type NavigationStore } from './action'
import { initialNavigationState } from './initial-state'
import { devtoolsEnabled, withDevtools } from '../devtools'

/** State-based routing: the whole "URL" is `route`. */
export const useNavigationStore = create<NavigationStore>()(
  withDevtools((...a) => ({ ...initialNavigationState, ...createNavigationActions(...a) }), {
    name: 'navigation',
    enabled: devtoolsEnabled(),
  }),
)

export type { NavigationStore, NavigationActions } from './action'
export {
  PAGES,
  initialNavigationState,
  type Drill,
  type MarketingTab,
  type OrdersTab,
  type Page,
  type Route,
} from './initial-state'
export * from './selectors'
export { PAGE_META, type NavLabelKey } from './page-meta'
