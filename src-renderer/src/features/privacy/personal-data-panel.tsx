import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'
import { showToast } from '../../components/toast'
import { call } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'
import type { RecordPanelProps } from '../../registries/record-panels'
import { EraseDialog } from './erase-dialog'

/** Two answers to a customer's request about their personal data: a copy of all of it, or its erasure. */
export function PersonalDataPanel({ recordId }: RecordPanelProps) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [erasing, setErasing] = useState(false)
  const exportData = async (): Promise<void> => {
    const result = await run(() => call('privacy.export', { id: recordId }))
    if (!result) return
    const rows = result.files.reduce((sum, file) => sum + file.rows, 0)
    showToast({ tone: 'success', message: t('privacy:exported', { files: result.files.length, count: rows }) })
  }
  return (
    <div className="stack">
      <p className="muted">{t('privacy:panelBody')}</p>
      <div className="cluster">
        <Button size="sm" onClick={() => void exportData()}>
          {t('privacy:export')}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setErasing(true)}>
          {t('privacy:erase')}
        </Button>
      </div>
      {erasing && <EraseDialog id={recordId} onClose={() => setErasing(false)} />}
    </div>
  )
}
