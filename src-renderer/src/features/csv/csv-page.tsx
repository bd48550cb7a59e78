import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { ExportPanel } from './components/export-panel'
import { ImportHistory } from './components/import-history'
import { ImportWizard } from './components/import-wizard'

/** Import/Export: the import wizard, the import history with Undo, and the exports. */
export function CsvPage() {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  return (
    <div className="page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ImportWizard />
      <ImportHistory />
      <ExportPanel />
    </div>
  )
}
