import type { DomainHandlers } from '../ipc/handler'
import { cancelJob } from './service'

export const jobsHandlers: DomainHandlers<'jobs'> = {
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: cancelJob(ctx, jobId) }),
}
