import type { DomainHandlers } from '../ipc/handler'
import { APP_VERSION } from './version'

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, ctx) => ({
    version: APP_VERSION,
    dataFile: ctx.dataFile,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    platform: ctx.platform,
    integrity: ctx.integrity(),
  }),
}
