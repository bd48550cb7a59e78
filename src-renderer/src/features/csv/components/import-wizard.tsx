import { useTranslation } from 'react-i18next'
import { Section } from '../../../components/section'
import { useImportWizard } from '../hooks/use-import-wizard'
import { FileStep } from './file-step'
import { MappingStep } from './mapping-step'
import { PreviewStep } from './preview-step'
import { ResultStep } from './result-step'
import { Stepper } from './stepper'

/** The import stepper: each step shows what will happen before it happens. */
export function ImportWizard() {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const wizard = useImportWizard()
  const { step, analysis, result } = wizard
  return (
    <Section title={t('importTitle')} card>
      <Stepper step={step} />
      {wizard.error && (
        <p role="alert" className="form-error">
          {wizard.error}
        </p>
      )}
      {step === 'file' && <FileStep wizard={wizard} />}
      {step === 'mapping' && analysis && <MappingStep wizard={wizard} analysis={analysis} />}
      {step === 'preview' && analysis && <PreviewStep wizard={wizard} analysis={analysis} />}
      {step === 'result' && result && <ResultStep report={result.report} jobId={result.jobId} onRestart={wizard.restart} />}
    </Section>
  )
}
