import type { DomainHandlers } from '../ipc/handler'
import { shopHandlers } from './shop/shop-handlers'
import { APP_VERSION } from './version'

/** The channels the kernel answers itself: the app and its data file, and long jobs. */
export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, ctx) => ({
    version: APP_VERSION,
    dataFile: ctx.dataFile,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    platform: ctx.platform,
    integrity: ctx.integrity(),
    shop: ctx.shop,
  }),
  ...shopHandlers,
}

export const jobsHandlers: DomainHandlers<'jobs'> = {
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
}
