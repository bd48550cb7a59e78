import { useEffect, useState } from 'react'
import type { EventPayload } from '../../../src-shared/ipc'
import { onEvent } from './ipc'

export type JobProgress = EventPayload<'job.progress'>

/**
 * The latest `job.progress` event of a job (by its id) or of a kind of job (`analytics.rfm`,
 * whose id the page learns from the event); null before the first one.
 */
export function useLatestProgress(by: 'jobId' | 'kind', value: string | null): JobProgress | null {
  const [latest, setLatest] = useState<{ value: string | null; progress: JobProgress | null }>({ value, progress: null })
  useEffect(() => {
    if (!value) return
    return onEvent('job.progress', (p) => {
      if (p[by] === value) setLatest({ value, progress: p })
    })
  }, [by, value])
  return latest.value === value ? latest.progress : null
}

/** Percent done (0–100) of a progress event. */
export const percentDone = (p: JobProgress | null): number =>
  p === null ? 0 : Math.min(100, Math.floor((p.done / Math.max(p.total, 1)) * 100))

/** Percent done (0–100) of the job `jobId`; 0 before its first event. */
export const useJobProgress = (jobId: string | null): number => percentDone(useLatestProgress('jobId', jobId))
