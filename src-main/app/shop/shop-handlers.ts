import { AppError } from '../../../src-shared/ipc/app-error'
import type { HandlerContext, ShopSwitch } from '../../ipc/context'
import type { DomainHandlers } from '../../ipc/handler'

type ShopChannels = 'app.openDemoShop' | 'app.openOwnShop'

const shopSwitch = (ctx: HandlerContext): ShopSwitch => {
  if (!ctx.shops) throw new AppError('shop_switch_unavailable')
  return ctx.shops
}

/** Switching between the owner's shop and the demo shop; the renderer reloads after either. */
export const shopHandlers: Pick<DomainHandlers<'app'>, ShopChannels> = {
  'app.openDemoShop': async ({ reset }, ctx) => {
    await shopSwitch(ctx).open('demo', { reset })
    return { shop: 'demo' }
  },
  'app.openOwnShop': async (_input, ctx) => {
    await shopSwitch(ctx).open('own')
    return { shop: 'own' }
  },
}
