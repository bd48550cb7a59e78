import { useState } from 'react'
import type { ShopKind } from '../../../src-shared/ipc/channels/app'
import { switchShop } from './shop-switch'
import { useActionRunner } from './use-action-runner'

/**
 * Switching shops from a button: busy while the main process opens the other file (making the
 * demo takes about a second the first time), then the window reloads; a refusal is a toast.
 */
export function useShopSwitch(): { busy: boolean; open(shop: ShopKind, options?: { reset?: boolean }): void } {
  const run = useActionRunner()
  const [busy, setBusy] = useState(false)
  const open = (shop: ShopKind, options: { reset?: boolean } = {}): void => {
    setBusy(true)
    void run(() => switchShop(shop, options)).then((done) => {
      // Success reloads the window; only a refusal comes back here.
      if (done === undefined) setBusy(false)
    })
  }
  return { busy, open }
}
