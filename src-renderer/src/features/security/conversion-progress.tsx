import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import { cancellable, type ConversionPhase } from '../../../../src-shared/ipc/channels/security'
import { Button } from '../../components/button'
import { JobProgressBar } from '../../components/job-progress-bar'
import { call } from '../../lib/ipc'
import { percentDone, type JobProgress } from '../../lib/use-job-progress'

/**
 * Encryption being turned on or off: the step and its bar, with Cancel until the new file goes
 * in (then it says it can no longer be cancelled). A cancel lets the step under way finish —
 * one SQLite statement — so it says so until the call comes back.
 */
export function ConversionProgress({ progress }: { progress: JobProgress | null }) {
  const { t } = useTranslation('security')
  const [cancelling, setCancelling] = useState(false)
  const canCancel = cancellable(progress?.phase)
  const cancel = (): void => {
    if (!progress) return
    setCancelling(true)
    // Refused (the swap began) or failed: the bar goes on and says what it is doing.
    call('jobs.cancel', { jobId: progress.jobId })
      .then(({ cancelled }) => setCancelling(cancelled))
      .catch(() => setCancelling(false))
  }
  return (
    <div className="stack security-conversion">
      <JobProgressBar
        percent={percentDone(progress)}
        label={cancelling && canCancel ? t('conversion.cancelling') : stepLabel(t, progress)}
      >
        {canCancel && (
          <Button variant="danger" disabled={cancelling || !progress} onClick={cancel}>
            {t('conversion.cancel')}
          </Button>
        )}
      </JobProgressBar>
      <p className="field-hint">{canCancel ? t('conversion.closed') : t('conversion.noCancel')}</p>
    </div>
  )
}

function stepLabel(t: TFunction<'security'>, progress: JobProgress | null): string {
  if (!progress?.phase) return t('conversion.starting')
  const phase = progress.phase as ConversionPhase
  return t(`conversion.${phase}`, { percent: percentDone(progress), done: progress.done, total: progress.total })
}
