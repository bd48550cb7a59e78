import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../button'
import { errorMessage, isCancelled } from '../../lib/ipc'
import { AnalysisProgress } from './analysis-progress'
import { isDataReason } from './data-reason'

export interface AnalysisBodyProps<T> {
  /** A `useQuery` over an analysis. */
  query: { data: T | undefined; error: unknown; reload(): void }
  /** The `job.progress` kind the analysis reports under (`analytics.<task>`). */
  progressKind: string
  children(data: T): ReactNode
}

/**
 * What an analysis shows while it runs in the worker (its progress, with Cancel), once stopped
 * (Run again), when the data cannot support it yet (muted words) or failed (an alert), and
 * else its answer.
 */
export function AnalysisBody<T>({ query: { data, error, reload }, progressKind, children }: AnalysisBodyProps<T>) {
  const { t } = useTranslation()
  if (isCancelled(error))
    return (
      <div className="cluster">
        <p role="status" className="muted">
          {t('dashboard:stopped')}
        </p>
        <Button size="sm" onClick={reload}>
          {t('dashboard:runAgain')}
        </Button>
      </div>
    )
  if (error !== undefined)
    // Too few months or customers is the data's state, said in muted words; a failure is an alert.
    return (
      <p role={isDataReason(error) ? 'status' : 'alert'} className={isDataReason(error) ? 'muted' : 'form-error'}>
        {t('dashboard:failed', { message: errorMessage(error) })}
      </p>
    )
  if (data === undefined) return <AnalysisProgress channel={progressKind} />
  return <>{children(data)}</>
}
