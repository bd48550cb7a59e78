import { z } from 'zod'
import { channel } from '../channel'

/** Long jobs (imports, analyses) follow `job.progress` events; this stops one. */
export const jobsChannels = {
  /** Stops a running job; an import rolls back completely. `cancelled` is false when it had already ended. */
  'jobs.cancel': channel<{ cancelled: boolean }>()(z.strictObject({ jobId: z.uuid() })),
}
