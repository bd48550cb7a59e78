import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../../src-shared/ipc/channels/csv-import'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { errorMessage } from '../lib/error-message'
import { ReportSummary } from './report-summary'

/** Step 4: what the import did, the failed rows to download, and a fresh start. */
export function ResultStep({ report, jobId, onRestart }: { report: ImportReport; jobId: string; onRestart(): void }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const saveFailed = async (): Promise<void> => {
    try {
      const { saved } = await call('csv.saveFailedRows', { jobId })
      if (saved) showToast({ message: t('savedFile'), tone: 'success' })
    } catch (error) {
      showToast({ message: errorMessage(error), tone: 'error' })
    }
  }
  return (
    <div className="ie-step">
      <ReportSummary report={report} title={t('resultTitle')} />
      <div className="ie-row">
        {report.failed > 0 && <Button onClick={() => void saveFailed()}>{t('downloadFailed')}</Button>}
        <Button variant="primary" onClick={onRestart}>{t('newImport')}</Button>
      </div>
    </div>
  )
}
