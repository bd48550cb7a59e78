import { useState } from 'react'
import type { ShopKind } from '../../../src-shared/ipc/channels/app'
import { selectRoute, useNavigationStore, PAGES, type Page } from '../stores/navigation'
import { switchShop } from './shop-switch'
import { useActionRunner } from './use-action-runner'

/** The sidebar page under the current route (a record page returns to the start page). */
const pageOf = (page: string): Page => PAGES.find((p) => p === page) ?? PAGES[0]

/**
 * Switching shops from a button: busy while the main process opens the other file (making the
 * demo takes about a second the first time), then the window reloads; a refusal is a toast.
 */
export function useShopSwitch(): { busy: boolean; open(shop: ShopKind, options?: { reset?: boolean }): void } {
  const route = useNavigationStore(selectRoute)
  const run = useActionRunner()
  const [busy, setBusy] = useState(false)
  const open = (shop: ShopKind, options: { reset?: boolean } = {}): void => {
    setBusy(true)
    void run(() => switchShop(shop, pageOf(route.page), options)).then((done) => {
      // Success reloads the window; only a refusal comes back here.
      if (done === undefined) setBusy(false)
    })
  }
  return { busy, open }
}
