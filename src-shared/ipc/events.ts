import type { IntegrityState } from './channels/app'
import type { EventName } from './names'
import type { TaskReminder } from '../domain/task-types'

/**
 * What `data.changed` names: the tables whose rows changed. One spelling each (the table's
 * name), so a subscriber can never miss a change because the sender spelled it differently.
 */
export const DATA_ENTITIES = [
  'customers',
  'customer_tags',
  'tags',
  'activities',
  'products',
  'orders',
  'pipeline_stages',
  'deals',
  'tasks',
  'tickets',
  'survey_responses',
  'campaigns',
  'segments',
  'imports',
  'settings',
  'list_views',
  'order_refunds',
  'lost_reasons',
  'ticket_events',
  'survey_requests',
  'canned_replies',
  'campaign_members',
  'campaign_cost_lines',
] as const
export type DataEntity = (typeof DATA_ENTITIES)[number]

/** Payload of each main → renderer event. */
export interface EventPayloads {
  /** Tables whose rows changed, so stores and caches can refresh. */
  'data.changed': { entities: DataEntity[] }
  /** Progress of a long job (import, export, analytics): done of total, in the job's unit. */
  'job.progress': { jobId: string; kind: string; done: number; total: number; phase?: string }
  /** The background integrity check of the data file finished (`ok` or `corrupt`). */
  'app.integrity': IntegrityState
  /** A task reminder came due (or the digest of those missed while closed or asleep): show it. */
  'task.reminder': TaskReminder
  /**
   * From a reminder's OS notification: open that task (null: a digest — open Today), or with
   * `action: 'done'` run the window's own done flow (mark done, Undo, "next follow-up?").
   */
  'task.open': { taskId: number | null; action?: 'done' }
  /** The app locked (the window drops what it shows and asks for the passphrase) or unlocked. */
  'lock.changed': { locked: boolean }
}

export type EventPayload<E extends EventName> = E extends keyof EventPayloads ? EventPayloads[E] : never
