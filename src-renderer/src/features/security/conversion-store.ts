import { create } from 'zustand'
import type { SecurityChange } from '../../../../src-shared/ipc/channels/security'
import { call, IpcCallError, onEvent } from '../../lib/ipc'
import type { JobProgress } from '../../lib/use-job-progress'

/** How a switch ended, kept until Settings → Security shows it (the recovery key, or that it was cancelled). */
export type ConversionOutcome = { kind: 'done'; change: SecurityChange } | { kind: 'cancelled'; message: string }

interface ConversionStore {
  /** The switch under way, and its latest progress (null before the first: the passphrase is being checked). */
  jobId: string | null
  progress: JobProgress | null
  outcome: ConversionOutcome | null
}

/**
 * Turning encryption on or off outlives the section that started it: leave Settings and come
 * back, and the bar is there again; a recovery key made meanwhile is still shown once.
 */
export const useConversionStore = create<ConversionStore>()(() => ({ jobId: null, progress: null, outcome: null }))

/**
 * Starts the switch as a job; its progress and its end (done, or cancelled) land in the store.
 * Rejects only with a failure the form shows (a wrong passphrase; a check that failed).
 */
export async function startConversion(on: boolean, passphrase: string): Promise<void> {
  const jobId = crypto.randomUUID()
  useConversionStore.setState({ jobId, progress: null, outcome: null })
  const stop = onEvent('job.progress', (progress) => {
    if (progress.jobId === jobId) useConversionStore.setState({ progress })
  })
  try {
    const change = await call('security.setEncryption', { on, passphrase, jobId })
    useConversionStore.setState({ outcome: { kind: 'done', change } })
  } catch (error) {
    if (!(error instanceof IpcCallError && error.error.code === 'encryption_cancelled')) throw error
    useConversionStore.setState({ outcome: { kind: 'cancelled', message: error.message } })
  } finally {
    stop()
    useConversionStore.setState({ jobId: null, progress: null })
  }
}

/** The section has shown the outcome. */
export const outcomeShown = (): void => useConversionStore.setState({ outcome: null })
