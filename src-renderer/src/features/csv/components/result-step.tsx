import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../../src-shared/ipc/channels/csv-import'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { ReportSummary } from './report-summary'

/** Step 4: what the import did, the failed rows to download, and a fresh start. */
export function ResultStep({ report, jobId, onRestart }: { report: ImportReport; jobId: string; onRestart(): void }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const run = useActionRunner()
  const saveFailed = async (): Promise<void> => {
    const result = await run(() => call('csv.saveFailedRows', { jobId }))
    if (result?.saved) showToast({ message: t('savedFile'), tone: 'success' })
  }
  return (
    <div className="stack">
      <ReportSummary report={report} title={t('resultTitle')} />
      <div className="cluster">
        {report.failed > 0 && <Button onClick={() => void saveFailed()}>{t('downloadFailed')}</Button>}
        <Button variant="primary" onClick={onRestart}>
          {t('newImport')}
        </Button>
      </div>
    </div>
  )
}
