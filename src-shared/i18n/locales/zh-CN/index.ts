import { analytics } from './analytics'
import { audit } from './audit'
import { backups } from './backups'
import { beforeAfter } from './before-after'
import { common } from './common'
import { csv } from './csv'
import { customers } from './customers'
import { dashboard } from './dashboard'
import { drill } from './drill'
import { empty } from './empty'
import { enums } from './enums'
import { errors } from './errors'
import { lock } from './lock'
import { marketingCampaigns } from './marketing-campaigns'
import { marketingGroups } from './marketing-groups'
import { marketingReach } from './marketing-reach'
import { marketingSegments } from './marketing-segments'
import { nav } from './nav'
import { orders } from './orders'
import { palette } from './palette'
import { pipeline } from './pipeline'
import { privacy } from './privacy'
import { report } from './report'
import { security } from './security'
import { settings } from './settings'
import { shop } from './shop'
import { tasks } from './tasks'
import { tickets } from './tickets'
import type { en } from '../en'

/** Every Simplified Chinese UI and error string; each namespace is typed against its English twin, so a missing translation is a compile error. */
export const zhCN = {
  errors,
  common,
  nav,
  settings,
  palette,
  empty,
  customers,
  analytics,
  csv,
  enums,
  orders,
  pipeline,
  tasks,
  tickets,
  dashboard,
  report,
  beforeAfter,
  shop,
  drill,
  'marketing-campaigns': marketingCampaigns,
  'marketing-segments': marketingSegments,
  'marketing-groups': marketingGroups,
  'marketing-reach': marketingReach,
  audit,
  privacy,
  backups,
  lock,
  security,
} satisfies Record<keyof typeof en, unknown>
