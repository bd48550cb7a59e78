import { AppError } from '../../../src-shared/ipc/app-error'
import type { HandlerContext, SecurityControl } from '../../ipc/context'
import type { DomainHandlers } from '../../ipc/handler'

const control = (ctx: HandlerContext): SecurityControl => {
  if (!ctx.security) throw new AppError('security_unavailable')
  return ctx.security
}

/**
 * The `security.*` channels once the file is open. The host that holds the key answers them
 * (app/security/secure-host.ts) — the same functions that answer status, setup and unlock
 * before any file is open, when there is no backend to route through.
 */
export const securityHandlers: DomainHandlers<'security'> = {
  'security.status': (input, ctx) => control(ctx)['security.status'](input),
  'security.setup': (input, ctx) => control(ctx)['security.setup'](input),
  'security.unlock': (input, ctx) => control(ctx)['security.unlock'](input),
  'security.setEncryption': (input, ctx) => control(ctx)['security.setEncryption'](input),
  'security.changePassphrase': (input, ctx) => control(ctx)['security.changePassphrase'](input),
  'security.resetPassphrase': (input, ctx) => control(ctx)['security.resetPassphrase'](input),
  'security.newRecoveryKey': (input, ctx) => control(ctx)['security.newRecoveryKey'](input),
}
