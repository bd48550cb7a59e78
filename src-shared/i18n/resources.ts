import type { Locale } from './locales'
import { errors as enErrors } from './locales/en/errors'
import { errors as zhErrors } from './locales/zh-CN/errors'
import { common as enCommon } from './locales/en/common'
import { common as zhCommon } from './locales/zh-CN/common'
import { nav as enNav } from './locales/en/nav'
import { nav as zhNav } from './locales/zh-CN/nav'
import { settings as enSettings } from './locales/en/settings'
import { settings as zhSettings } from './locales/zh-CN/settings'
import { palette as enPalette } from './locales/en/palette'
import { palette as zhPalette } from './locales/zh-CN/palette'
import { empty as enEmpty } from './locales/en/empty'
import { empty as zhEmpty } from './locales/zh-CN/empty'
import { customers as enCustomers } from './locales/en/customers'
import { customers as zhCustomers } from './locales/zh-CN/customers'
import { analytics as enAnalytics } from './locales/en/analytics'
import { analytics as zhAnalytics } from './locales/zh-CN/analytics'
import { csv as enCsv } from './locales/en/csv'
import { csv as zhCsv } from './locales/zh-CN/csv'
import { enums as enEnums } from './locales/en/enums'
import { enums as zhEnums } from './locales/zh-CN/enums'
import { orders as enOrders } from './locales/en/orders'
import { orders as zhOrders } from './locales/zh-CN/orders'
import { pipeline as enPipeline } from './locales/en/pipeline'
import { pipeline as zhPipeline } from './locales/zh-CN/pipeline'
import { tasks as enTasks } from './locales/en/tasks'
import { tasks as zhTasks } from './locales/zh-CN/tasks'
import { tickets as enTickets } from './locales/en/tickets'
import { tickets as zhTickets } from './locales/zh-CN/tickets'
import { dashboard as enDashboard } from './locales/en/dashboard'
import { dashboard as zhDashboard } from './locales/zh-CN/dashboard'
import { report as enReport } from './locales/en/report'
import { report as zhReport } from './locales/zh-CN/report'
import { beforeAfter as enBeforeAfter } from './locales/en/before-after'
import { beforeAfter as zhBeforeAfter } from './locales/zh-CN/before-after'
import { shop as enShop } from './locales/en/shop'
import { shop as zhShop } from './locales/zh-CN/shop'
import { backups as enBackups } from './locales/en/backups'
import { backups as zhBackups } from './locales/zh-CN/backups'
import { drill as enDrill } from './locales/en/drill'
import { drill as zhDrill } from './locales/zh-CN/drill'
import { marketingCampaigns as enMarketingCampaigns } from './locales/en/marketing-campaigns'
import { marketingCampaigns as zhMarketingCampaigns } from './locales/zh-CN/marketing-campaigns'
import { marketingSegments as enMarketingSegments } from './locales/en/marketing-segments'
import { marketingSegments as zhMarketingSegments } from './locales/zh-CN/marketing-segments'
import { marketingGroups as enMarketingGroups } from './locales/en/marketing-groups'
import { marketingGroups as zhMarketingGroups } from './locales/zh-CN/marketing-groups'
import { marketingReach as enMarketingReach } from './locales/en/marketing-reach'
import { marketingReach as zhMarketingReach } from './locales/zh-CN/marketing-reach'
import { audit as enAudit } from './locales/en/audit'
import { audit as zhAudit } from './locales/zh-CN/audit'
import { privacy as enPrivacy } from './locales/en/privacy'
import { privacy as zhPrivacy } from './locales/zh-CN/privacy'
import { lock as enLock } from './locales/en/lock'
import { lock as zhLock } from './locales/zh-CN/lock'

/**
 * All UI and error strings, one namespace per feature. Each zh-CN namespace is typed against
 * its English twin, so a missing translation is a compile error.
 */
export const resources = {
  en: {
    errors: enErrors,
    common: enCommon,
    nav: enNav,
    settings: enSettings,
    palette: enPalette,
    empty: enEmpty,
    customers: enCustomers,
    analytics: enAnalytics,
    csv: enCsv,
    enums: enEnums,
    orders: enOrders,
    pipeline: enPipeline,
    tasks: enTasks,
    tickets: enTickets,
    dashboard: enDashboard,
    report: enReport,
    beforeAfter: enBeforeAfter,
    shop: enShop,
    drill: enDrill,
    'marketing-campaigns': enMarketingCampaigns,
    'marketing-segments': enMarketingSegments,
    'marketing-groups': enMarketingGroups,
    'marketing-reach': enMarketingReach,
    audit: enAudit,
    privacy: enPrivacy,
    backups: enBackups,
    lock: enLock,
  },
  'zh-CN': {
    errors: zhErrors,
    common: zhCommon,
    nav: zhNav,
    settings: zhSettings,
    palette: zhPalette,
    empty: zhEmpty,
    customers: zhCustomers,
    analytics: zhAnalytics,
    csv: zhCsv,
    enums: zhEnums,
    orders: zhOrders,
    pipeline: zhPipeline,
    tasks: zhTasks,
    tickets: zhTickets,
    dashboard: zhDashboard,
    report: zhReport,
    beforeAfter: zhBeforeAfter,
    shop: zhShop,
    drill: zhDrill,
    'marketing-campaigns': zhMarketingCampaigns,
    'marketing-segments': zhMarketingSegments,
    'marketing-groups': zhMarketingGroups,
    'marketing-reach': zhMarketingReach,
    audit: zhAudit,
    privacy: zhPrivacy,
    backups: zhBackups,
    lock: zhLock,
  },
} satisfies Record<Locale, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['en']
