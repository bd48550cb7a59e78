import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditFilter } from '../../../../src-shared/ipc/channels/audit'
import { Button } from '../../components/button'
import { showToast } from '../../components/toast'
import { call } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'
import { percentDone, useLatestProgress } from '../../lib/use-job-progress'

/** Export CSV of the filtered log: a job, so a long log shows its progress and can be cancelled. */
export function AuditExportButton({ filter, disabled }: { filter: AuditFilter; disabled: boolean }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [busy, setBusy] = useState(false)
  const progress = useLatestProgress('kind', busy ? 'auditExport' : null)
  const exportCsv = async (): Promise<void> => {
    setBusy(true)
    const result = await run(() => call('audit.export', filter))
    setBusy(false)
    const file = result?.files[0]
    if (file) showToast({ tone: 'success', message: t('audit:exported', { count: file.rows, name: file.name }) })
  }
  if (busy && progress)
    return (
      <span className="cluster">
        <span role="status" className="muted tabular">
          {t('audit:exporting', { percent: percentDone(progress) })}
        </span>
        <Button onClick={() => void call('jobs.cancel', { jobId: progress.jobId })}>{t('audit:cancelExport')}</Button>
      </span>
    )
  return (
    <Button icon="import-export" disabled={disabled || busy} onClick={() => void exportCsv()}>
      {t('audit:export')}
    </Button>
  )
}
