import { activityHandlers } from '../activities/handlers'
import { customerHandlers } from '../customers/handlers'
import { tagHandlers } from '../customers/tag-handlers'
import { csvHandlers } from '../csv/ipc/csv-handlers'
import { analyticsHandlers } from '../insights/handlers'
import type { Handlers } from '../ipc/handler'
import { settingsHandlers } from '../settings/handlers'
import { viewHandlers } from '../views/handlers'
import { dealHandlers } from '../deals/handlers'
import { pipelineSettingsHandlers } from '../deals/settings-handlers'
import { taskHandlers } from '../tasks/handlers'
import { appHandlers, jobsHandlers } from './kernel-handlers'
import { productHandlers } from '../catalog/handlers'
import { orderHandlers } from '../orders/handlers'
import { campaignHandlers } from '../marketing/handlers'
import { ticketHandlers } from '../service/handlers/ticket-handlers'
import { surveyHandlers } from '../service/handlers/survey-handlers'
import { dashboardHandlers } from '../dashboard/handlers'
import { reportHandlers } from '../report/handlers'
import { segmentHandlers } from '../marketing/segments/handlers'
import { groupsHandlers } from '../marketing/groups/handlers'
import { consentHandlers } from '../marketing/consent/handlers'
import { targetListHandlers } from '../marketing/target-export/handlers'
import { auditHandlers } from '../trust/audit/handlers'
import { privacyHandlers } from '../trust/privacy/handlers'
import { backupsHandlers } from '../trust/backups/handlers'
import { securityHandlers } from '../trust/encryption/handlers'
import { lockHandlers } from '../trust/lock/handlers'

/**
 * Every channel's handler, one domain per line; the type makes a missing one a compile error.
 * The composition root: the one place that knows every domain (the registrar does not).
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...customerHandlers,
  ...tagHandlers,
  ...activityHandlers,
  ...analyticsHandlers,
  ...csvHandlers,
  ...jobsHandlers,
  ...viewHandlers,
  ...productHandlers,
  ...orderHandlers,
  ...campaignHandlers,
  ...dealHandlers,
  ...pipelineSettingsHandlers,
  ...taskHandlers,
  ...ticketHandlers,
  ...surveyHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
  ...segmentHandlers,
  ...groupsHandlers,
  ...consentHandlers,
  ...targetListHandlers,
  ...auditHandlers,
  ...privacyHandlers,
  ...backupsHandlers,
  ...securityHandlers,
  ...lockHandlers,
}
