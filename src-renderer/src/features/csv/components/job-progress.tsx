import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { JobProgressBar } from '../../../components/job-progress-bar'
import { useJobProgress } from '../../../lib/use-job-progress'

/** A progress bar for a running import or check, with Cancel (which rolls everything back). */
export function JobProgress({
  jobId,
  dryRun,
  cancelling,
  onCancel,
}: {
  jobId: string
  dryRun: boolean
  cancelling: boolean
  onCancel(): void
}) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const percent = useJobProgress(jobId)
  const label = cancelling ? t('cancelling') : t(dryRun ? 'checking' : 'progress', { percent })
  return (
    <JobProgressBar percent={percent} label={label}>
      <Button variant="danger" disabled={cancelling} onClick={onCancel}>
        {t('cancel')}
      </Button>
    </JobProgressBar>
  )
}
