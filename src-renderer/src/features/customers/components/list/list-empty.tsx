import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { EmptyState } from '../../../../components/empty-state'
import { useNavigationStore } from '../../../../stores/navigation'
import type { CustomerView } from '../../stores/list'

interface ListEmptyProps {
  view: CustomerView
  /** A search or filter is narrowing the list. */
  narrowed: boolean
  onNew(): void
  onClearFilters(): void
}

/** No rows: says why, and offers the next step (import, add, or widen the search). */
export function ListEmpty({ view, narrowed, onNew, onClearFilters }: ListEmptyProps) {
  const { t } = useTranslation()
  const navigate = useNavigationStore((s) => s.navigate)
  if (narrowed)
    return (
      <EmptyState
        icon="search"
        title={t('customers:ui.empty.noMatchTitle')}
        body={t('customers:ui.empty.noMatchBody')}
        action={<Button onClick={onClearFilters}>{t('customers:ui.filters.clear')}</Button>}
      />
    )
  if (view === 'trash')
    return <EmptyState icon="customers" title={t('customers:ui.empty.trashTitle')} body={t('customers:ui.empty.trashBody')} />
  return (
    <EmptyState
      icon="customers"
      title={t('customers:ui.empty.title')}
      body={t('customers:ui.empty.body')}
      action={
        <div className="button-row">
          <Button variant="primary" icon="import-export" onClick={() => navigate({ page: 'csv' })}>
            {t('customers:ui.empty.import')}
          </Button>
          <Button icon="plus" onClick={onNew}>
            {t('customers:ui.list.new')}
          </Button>
        </div>
      }
    />
  )
}
