import { AppError } from '../../../src-shared/ipc/app-error'
import { defineService } from '../../ipc/backend-services'
import type { ImportJobOutput } from './import-job'

type Failed = ImportJobOutput['failed']

/** Jobs whose failed rows are kept; the oldest is forgotten first. */
const KEEP = 5

/** Failed rows of the last few import jobs, until the user saves them (or not). */
export class FailedRowsStore {
  private readonly jobs = new Map<string, Failed>()

  keep(jobId: string, failed: Failed): void {
    this.jobs.set(jobId, failed)
    if (this.jobs.size > KEEP) this.jobs.delete(this.jobs.keys().next().value as string)
  }

  of(jobId: string): Failed {
    const failed = this.jobs.get(jobId)
    if (!failed) throw new AppError('job_not_found')
    return failed
  }
}

export const failedRows = defineService('csv.failedRows', () => new FailedRowsStore())
