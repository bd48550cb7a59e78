import type { IntegrityState } from './channels/app'
import type { EventName } from './names'

/** Payload of each main → renderer event. */
export interface EventPayloads {
  /** Tables whose rows changed, so stores and caches can refresh. */
  'data.changed': { entities: string[] }
  /** Progress of a long job (import, export, analytics): done of total, in the job's unit. */
  'job.progress': { jobId: string; kind: string; done: number; total: number; phase?: string }
  /** The background integrity check of the data file finished (`ok` or `corrupt`). */
  'app.integrity': IntegrityState
}

export type EventPayload<E extends EventName> = E extends keyof EventPayloads ? EventPayloads[E] : never
