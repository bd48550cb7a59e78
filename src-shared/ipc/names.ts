/**
 * Every channel and event name, as plain strings, so the dependency-free preload can
 * allow-list them without importing zod. `contract.ts` must define exactly these channels
 * (the compiler checks it; tests/ipc/contract.test.ts checks handlers too).
 */
export const CHANNEL_NAMES = [
  'app.info',
  'settings.get',
  'settings.set',
  'customers.list',
  'customers.get',
  'customers.create',
  'customers.findDuplicates',
  'customers.update',
  'customers.delete',
  'customers.restore',
  'customers.merge',
  'customers.tag',
  'customers.untag',
  'customers.facets',
  'customers.timeline',
  'customers.orders',
  'customers.search',
  'tags.list',
  'activities.add',
  'analytics.forecast',
  'analytics.churn',
  'analytics.rfm',
  'analytics.clusters',
  'analytics.bundles',
  'analytics.service',
  'analytics.funnel',
  'analytics.campaigns',
  'csv.pick',
  'csv.analyze',
  'csv.import',
  'csv.saveFailedRows',
  'csv.history',
  'csv.undo',
  'csv.export',
  'csv.exportList',
  'jobs.cancel',
  'tickets.queue',
  'tickets.get',
  'tickets.create',
  'tickets.update',
  'tickets.reply',
  'tickets.receive',
  'tickets.note',
  'tickets.setStatus',
  'tickets.merge',
  'tickets.unmerge',
  'tickets.settings',
  'tickets.saveSettings',
  'tickets.checkCalendar',
  'tickets.cannedReplies',
  'tickets.saveCannedReply',
  'tickets.deleteCannedReply',
  'tickets.restoreCannedReply',
  'surveys.requests',
  'surveys.record',
  'surveys.unrecord',
  'surveys.requestCustomers',
  'surveys.cancelBatch',
  'surveys.countCustomers',
] as const

export type ChannelName = (typeof CHANNEL_NAMES)[number]

/** Main → renderer notifications. */
export const EVENT_NAMES = ['data.changed', 'job.progress', 'app.integrity'] as const

export type EventName = (typeof EVENT_NAMES)[number]
