import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportEncoding } from '../../../../../src-shared/ipc/channels/csv-types'
import type { TargetExportInput, TargetExportResult, TargetSource } from '../../../../../src-shared/ipc/channels/target-lists'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { percentDone, useLatestProgress } from '../../../lib/use-job-progress'
import { useQuery } from '../../../lib/use-query'
import { ExclusionSummary, excludedTotal } from './exclusion-summary'
import { ExportOptions } from './export-options'

export interface TargetExportDialogProps {
  source: TargetSource
  /** The list's name (segment or campaign), shown under the title. */
  name: string
  onClose(): void
}

/**
 * Exports a target list lawfully: the count, who is left out and why (do not contact and
 * refusals always, the never-asked unless included), then the file, and what it holds.
 */
export function TargetExportDialog({ source, name, onClose }: TargetExportDialogProps) {
  const { t } = useTranslation('marketing-reach')
  const run = useActionRunner()
  const [includeUnknown, setIncludeUnknown] = useState(false)
  const [columns, setColumns] = useState<TargetExportInput['columns']>([])
  const [encoding, setEncoding] = useState<ExportEncoding>('utf8bom')
  const [busy, setBusy] = useState(false)
  const [written, setWritten] = useState<TargetExportResult | null>(null)
  const count = useQuery('targets.count', { source, includeUnknown }, { entities: ['customers', 'segments', 'campaigns'] }).data
  const progress = useLatestProgress('kind', busy ? 'targetExport' : null)
  const exportList = async (): Promise<void> => {
    setBusy(true)
    const result = await run(() => call('targets.export', { source, includeUnknown, columns, encoding }))
    setBusy(false)
    if (result) setWritten(result)
  }
  return (
    <Dialog title={t('export.title')} description={name} onClose={onClose} className="target-export">
      <div className="modal__body stack">
        {written ? (
          <p role="status" data-testid="target-written">
            {t('export.written', {
              file: written.file.name,
              count: written.file.rows,
              members: written.count.members,
              excluded: excludedTotal(written.count),
            })}
          </p>
        ) : (
          <>
            {count && <ExclusionSummary count={count} />}
            <label className="field-inline">
              <input type="checkbox" checked={includeUnknown} onChange={(e) => setIncludeUnknown(e.target.checked)} />
              <span>{t('export.includeUnknown')}</span>
            </label>
            {includeUnknown && <p className="muted">{t('export.includeUnknownHint')}</p>}
            <ExportOptions columns={columns} encoding={encoding} onColumns={setColumns} onEncoding={setEncoding} />
            {busy && progress && <p className="muted">{t('export.progress', { percent: percentDone(progress) })}</p>}
          </>
        )}
      </div>
      <div className="modal__footer">
        {busy && progress ? (
          <Button onClick={() => void call('jobs.cancel', { jobId: progress.jobId })}>{t('export.cancel')}</Button>
        ) : (
          <Button onClick={onClose}>{t('export.close')}</Button>
        )}
        {!written && (
          <Button variant="primary" disabled={busy || !count || count.rows === 0} onClick={() => void exportList()}>
            {t('export.run')}
          </Button>
        )}
      </div>
    </Dialog>
  )
}
