import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import type { CustomerQuery, OptionalColumn } from '../../stores/list'

/** Exports what the list shows (filter, sort, visible columns) to a CSV the user places. */
export function ExportListButton({ query, columns }: { query: CustomerQuery; columns: readonly OptionalColumn[] }) {
  const { t } = useTranslation('csv', { keyPrefix: 'export' })
  const run = useActionRunner()
  const exportList = async (): Promise<void> => {
    const result = await run(() => call('csv.exportList', { list: 'customers', query, columns: ['name', ...columns] }))
    const file = result?.files[0]
    if (file) showToast({ message: t('listDone', { rows: file.rows, name: file.name }), tone: 'success' })
  }
  return (
    <Button icon="import-export" onClick={() => void exportList()}>
      {t('exportList')}
    </Button>
  )
}
