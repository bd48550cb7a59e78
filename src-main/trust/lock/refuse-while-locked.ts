import type { ChannelName } from '../../../src-shared/ipc'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { HandlerContext } from '../../ipc/context'
import { failure, type Dispatch } from '../../ipc/registrar'

/**
 * What a locked app still answers: whether it is locked, the unlock itself, and the owner's
 * language, theme and currency code (so the lock screen looks like the app; nothing of the shop's data).
 */
export const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set([
  'lock.status',
  'lock.unlock',
  'settings.get',
] satisfies ChannelName[])

/**
 * In front of the registrar: while the app is locked every other call — a read, a write, a job,
 * an unknown name, a malformed input — answers `app_locked` in the UI language before any handler
 * or validation runs, so it neither shows nor changes anything. A call already running when the
 * lock comes finishes (it was made while unlocked).
 */
export function refuseWhileLocked(dispatch: Dispatch, ctx: HandlerContext): Dispatch {
  return async (channel, raw) => {
    if (ctx.lock.locked() && !OPEN_WHILE_LOCKED.has(channel)) return failure(ctx.locale(), new AppError('app_locked'))
    return dispatch(channel, raw)
  }
}
