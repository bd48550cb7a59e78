import type { z } from 'zod'
import type { Channel } from './channel'
import type { ChannelName } from './names'
import { appChannels } from './channels/app'
import { customerChannels } from './channels/customers'
import { tagChannels } from './channels/tags'
import { activityChannels } from './channels/activities'
import { analyticsChannels } from './channels/analytics'
import { csvChannels } from './channels/csv'
import { jobsChannels } from './channels/jobs'
import { viewChannels } from './channels/views'
import { productChannels } from './channels/products'
import { orderChannels } from './channels/orders'
import { campaignChannels } from './channels/campaigns'
import { dealChannels } from './channels/deals'
import { pipelineSettingsChannels } from './channels/pipeline-settings'
import { taskChannels } from './channels/tasks'
import { ticketChannels } from './channels/tickets'
import { surveyChannels } from './channels/surveys'
import { dashboardChannels } from './channels/dashboard'
import { reportChannels } from './channels/report'
import { lifecycleChannels, segmentChannels } from './channels/segments'
import { groupsChannels } from './channels/groups'
import { consentChannels } from './channels/consent'
import { targetListChannels } from './channels/target-lists'
import { auditChannels } from './channels/audit'
import { privacyChannels } from './channels/privacy'
import { backupChannels } from './channels/backups'
import { securityChannels } from './channels/security'
import { lockChannels } from './channels/lock'

/** The one contract: every channel's input schema and result type, keyed by name. */
export const contract = {
  ...appChannels,
  ...customerChannels,
  ...tagChannels,
  ...activityChannels,
  ...analyticsChannels,
  ...csvChannels,
  ...jobsChannels,
  ...viewChannels,
  ...productChannels,
  ...orderChannels,
  ...campaignChannels,
  ...dealChannels,
  ...pipelineSettingsChannels,
  ...taskChannels,
  ...ticketChannels,
  ...surveyChannels,
  ...dashboardChannels,
  ...reportChannels,
  ...segmentChannels,
  ...lifecycleChannels,
  ...groupsChannels,
  ...consentChannels,
  ...targetListChannels,
  ...auditChannels,
  ...privacyChannels,
  ...backupChannels,
  ...securityChannels,
  ...lockChannels,
} satisfies Record<ChannelName, Channel>

export type Contract = typeof contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = Contract[C] extends Channel<z.ZodType, infer O> ? O : never
