import { useTranslation } from 'react-i18next'
import type { ImportAnalysis } from '../../../../../src-shared/ipc/channels/csv-import'
import { Button } from '../../../components/button'
import type { ImportWizard } from '../hooks/use-import-wizard'
import { InFilePolicyChooser } from './in-file-policy'
import { JobProgress } from './job-progress'
import { PreviewGrid } from './preview-grid'
import { ReportSummary } from './report-summary'
import { RulesEditor } from './rules-editor'

/** Step 3: the checked preview, duplicate rules, a dry run of the whole file, then Import. */
export function PreviewStep({ wizard, analysis }: { wizard: ImportWizard; analysis: ImportAnalysis }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const { running } = wizard
  return (
    <div className="stack">
      <PreviewGrid header={analysis.header} rows={analysis.preview} />
      {analysis.matchKeys.length > 0 && (
        <RulesEditor keys={analysis.matchKeys} rules={wizard.rules} disabled={running !== null} onChange={wizard.setRule} />
      )}
      {analysis.fileKeys.length > 0 && (
        <InFilePolicyChooser value={wizard.policy} disabled={running !== null} onChange={wizard.choosePolicy} />
      )}
      {wizard.check ? (
        <ReportSummary report={wizard.check} title={t('checkTitle')} />
      ) : (
        <p className="muted">{t('checkFirst')}</p>
      )}
      {running ? (
        <JobProgress
          jobId={running.jobId}
          dryRun={running.dryRun}
          cancelling={running.cancelling}
          onCancel={() => void wizard.cancel()}
        />
      ) : (
        <div className="cluster">
          <Button onClick={() => wizard.setStep('mapping')}>{t('back')}</Button>
          <Button onClick={() => void wizard.runCheck()}>{t('dryRun')}</Button>
          <Button variant="primary" onClick={() => void wizard.commit()}>
            {t('commit')}
          </Button>
        </div>
      )}
    </div>
  )
}
