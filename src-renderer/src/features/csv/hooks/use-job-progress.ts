import { useEffect, useState } from 'react'
import { onEvent } from '../../../lib/ipc'

/** Percent done (0–100) of the job `jobId` from `job.progress` events; null when none. */
export function useJobProgress(jobId: string | null): number {
  const [progress, setProgress] = useState({ jobId, percent: 0 })
  useEffect(() => {
    if (!jobId) return
    return onEvent('job.progress', (p) => {
      if (p.jobId === jobId) setProgress({ jobId, percent: Math.min(100, Math.floor((p.done / Math.max(p.total, 1)) * 100)) })
    })
  }, [jobId])
  return progress.jobId === jobId ? progress.percent : 0
}
