import type { ShopKind } from '../../../src-shared/ipc/channels/app'
import { PAGES, type Page } from '../stores/navigation'
import { call } from './ipc'

/** The page to show again once the window has reloaded on the other shop. */
const RETURN_PAGE = 'kehu.shop-switch.page'

/**
 * Switches the shop the main process serves, then reloads the window: every store, cache and
 * page reads the other file from scratch, so nothing from one shop lingers in the other. The
 * page (a sidebar page, never a record of the other shop) is shown again after the reload.
 */
export async function switchShop(shop: ShopKind, page: Page, options: { reset?: boolean } = {}): Promise<true> {
  await (shop === 'demo' ? call('app.openDemoShop', options.reset ? { reset: true } : {}) : call('app.openOwnShop', {}))
  sessionStorage.setItem(RETURN_PAGE, page)
  window.location.reload()
  return true
}

/** The page a switch asked to show again, once (null after any other start). */
export function takeReturnPage(): Page | null {
  const page = sessionStorage.getItem(RETURN_PAGE)
  sessionStorage.removeItem(RETURN_PAGE)
  return PAGES.find((p) => p === page) ?? null
}
