import { appHandlers } from '../app/handlers'
import { settingsHandlers } from '../settings/handlers'
import { activityHandlers } from '../activities/handlers'
import { customerHandlers } from '../customers/handlers'
import { tagHandlers } from '../customers/tag-handlers'
import { analyticsHandlers } from '../insights/handlers'
import { csvHandlers } from '../csv/ipc/csv-handlers'
import { jobsHandlers } from '../jobs/handlers'
import type { Handlers } from './handler'

/** Every channel's handler, one domain per line; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...customerHandlers,
  ...tagHandlers,
  ...activityHandlers,
  ...analyticsHandlers,
  ...csvHandlers,
  ...jobsHandlers,
}
