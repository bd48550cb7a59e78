import type { HandlerContext } from '../ipc/context'
import { createDispatcher, type Dispatch } from '../ipc/registrar'
import { refuseWhileLocked } from '../trust/lock/refuse-while-locked'
import { explainRefusedWrites } from './explain-refused-writes'
import { handlers } from './handlers'

/** Every channel of the app through the one registrar, behind the app lock, as every transport (and the tests) serve them. */
export const createAppDispatcher = (ctx: HandlerContext, log?: Parameters<typeof createDispatcher>[2]): Dispatch =>
  refuseWhileLocked(createDispatcher(explainRefusedWrites(handlers), ctx, log), ctx)
