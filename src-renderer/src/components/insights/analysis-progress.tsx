import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../button'
import { JobProgressBar } from '../job-progress-bar'
import { call } from '../../lib/ipc'
import { percentDone, useLatestProgress } from '../../lib/use-job-progress'

/**
 * A card's analysis while it computes. The heavy ones (in the worker, one at a time) report
 * their steps under their channel's name: the card shows the step as a bar, or that it waits
 * its turn, with Cancel. The light ones answer within a moment and just say "Computing…".
 */
export function AnalysisProgress({ channel }: { channel: string }) {
  const { t } = useTranslation('dashboard')
  const progress = useLatestProgress('kind', channel)
  const [cancelled, setCancelled] = useState<string | null>(null)
  if (progress === null || progress.done >= progress.total)
    return (
      <p role="status" className="muted">
        {t('loading')}
      </p>
    )
  const percent = percentDone(progress)
  const label = progress.phase === 'queued' ? t('queued') : t('progress', { percent })
  const cancel = (): void => {
    setCancelled(progress.jobId)
    void call('jobs.cancel', { jobId: progress.jobId })
  }
  return (
    <JobProgressBar percent={percent} label={label} muted>
      <Button size="sm" variant="ghost" disabled={cancelled === progress.jobId} onClick={cancel}>
        {t('cancel')}
      </Button>
    </JobProgressBar>
  )
}
