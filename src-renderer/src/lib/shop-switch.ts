import type { ShopKind } from '../../../src-shared/ipc/channels/app'
import { PAGES, useNavigationStore, type Page } from '../stores/navigation'
import { call } from './ipc'

/** The page to show again once the window has reloaded on the other shop. */
const RETURN_PAGE = 'kehu.shop-switch.page'

/** The sidebar page under the current route (a record of one shop never opens in the other). */
const sidebarPage = (page: string): Page | undefined => PAGES.find((p) => p === page)

/**
 * Switches the shop the main process serves, then reloads the window: every store, cache and
 * page reads the other file from scratch, so nothing from one shop lingers in the other. The
 * sidebar page the user was on is shown again after the reload.
 */
export async function switchShop(shop: ShopKind, options: { reset?: boolean } = {}): Promise<true> {
  await (shop === 'demo' ? call('app.openDemoShop', options.reset ? { reset: true } : {}) : call('app.openOwnShop', {}))
  const page = sidebarPage(useNavigationStore.getState().route.page)
  if (page) sessionStorage.setItem(RETURN_PAGE, page)
  window.location.reload()
  return true
}

/** The page a switch asked to show again, once (null after any other start). */
export function takeReturnPage(): Page | null {
  const page = sessionStorage.getItem(RETURN_PAGE)
  sessionStorage.removeItem(RETURN_PAGE)
  return page === null ? null : (sidebarPage(page) ?? null)
}
