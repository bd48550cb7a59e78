import type { JobKind } from '../jobs'

/** What the analytics worker is started with. */
export interface AnalyticsWorkerData {
  file: string
  nativeBinding?: string
}

export interface JobMessage {
  jobId: string
  kind: JobKind
  input: unknown
  today: string
}
