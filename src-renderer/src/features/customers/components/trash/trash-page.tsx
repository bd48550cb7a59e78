import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { DataGrid } from '../../../../components/data-grid/data-grid'
import { EmptyState } from '../../../../components/empty-state'
import { PageHeader } from '../../../../components/page-header'
import { emptySelection, selectAll, selectedCount, type Selection } from '../../../../lib/selection'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import { useNavigationStore } from '../../../../stores/navigation'
import { resolveIds } from '../../api/resolve-selection'
import { useTrashRows } from '../../api/use-trash-rows'
import { call } from '../../../../lib/ipc'
import { useCustomerListStore } from '../../stores/list'
import { ViewSwitch } from '../list/view-switch'
import { trashColumns } from './trash-columns'
import { TrashSearch } from './trash-search'
import { useTrashActions } from './use-trash-actions'

/**
 * The Trash: deleted customers and customers merged into another, newest first, each with when
 * it happened and when it will be deleted for good. Restore, undo a merge, delete for good
 * (with Undo), or empty the whole Trash.
 */
export function TrashPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const view = useCustomerListStore((s) => s.view)
  const setView = useCustomerListStore((s) => s.setView)
  const navigate = useNavigationStore((s) => s.navigate)
  const [search, setSearch] = useState('')
  const settled = useDebouncedValue(search.trim(), 120)
  const query = settled ? { query: settled } : {}
  const { rows, snapshot, ensure } = useTrashRows(query)
  const [selection, setSelection] = useState<Selection<number>>(emptySelection<number>())
  const days = useQuery('customers.retention', {}, { entities: ['settings'] }).data?.days ?? 30
  const actions = useTrashActions()
  const total = snapshot.total ?? 0
  const selected = selectedCount(selection, total)
  const withSelection = async (act: (ids: number[]) => Promise<void>): Promise<void> => {
    await act(await resolveIds(selection, (offset, limit) => call('customers.trash', { ...query, offset, limit })))
    setSelection(emptySelection<number>())
  }
  const columns = trashColumns(t, f, days, {
    restore: (row) => void actions.restore([row.id]),
    undoMerge: (row) => void actions.undoMerge(row),
    deleteForGood: (row) => void actions.deleteForGood([row.id]),
  })
  return (
    <div className="customers-page trash-page">
      <PageHeader
        title={t('customers:ui.list.trashTitle')}
        subtitle={
          <span role="status">
            {snapshot.total === null ? t('common:loading') : t('customers:ui.list.count', { count: total })}
          </span>
        }
        actions={
          <>
            <ViewSwitch view={view} onChange={setView} />
            <Button variant="danger" disabled={total === 0 || Boolean(settled)} onClick={() => void actions.deleteForGood('all')}>
              {t('customers:ui.trash.empty')}
            </Button>
          </>
        }
      />
      <p className="muted trash-page__hint">{t('customers:ui.trash.hint', { days })}</p>
      <TrashSearch value={search} onChange={(next) => (setSearch(next), setSelection(emptySelection<number>()))} />
      {selected > 0 && (
        <section className="bulk-bar" aria-label={t('customers:ui.bulk.label')}>
          <strong className="bulk-bar__count">{t('customers:ui.bulk.selected', { count: selected })}</strong>
          <Button size="sm" variant="primary" onClick={() => void withSelection(actions.restore)}>
            {t('customers:ui.trash.restore')}
          </Button>
          <Button size="sm" variant="danger" onClick={() => void withSelection(actions.deleteForGood)}>
            {t('customers:ui.trash.deleteForGood')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelection(emptySelection<number>())}>
            {t('customers:ui.bulk.clear')}
          </Button>
        </section>
      )}
      {snapshot.total === 0 ? (
        <EmptyState icon="customers" title={t('customers:ui.empty.trashTitle')} body={t('customers:ui.empty.trashBody')} />
      ) : (
        <DataGrid
          key={JSON.stringify(query)}
          labels={{
            grid: t('customers:ui.trash.grid'),
            selectAll: t('customers:ui.list.selectAll'),
            selectRow: (name) => t('customers:ui.list.selectRow', { name }),
          }}
          count={total}
          rowAt={(index) => rows.row(index)}
          columns={columns}
          getId={(row) => row.id}
          rowName={(row) => row.name}
          selection={{ value: selection, onChange: setSelection, onSelectAll: () => setSelection(selectAll<number>()) }}
          onRangeChange={ensure}
          onOpen={(row) => navigate({ page: 'customer', id: String(row.id) })}
        />
      )}
    </div>
  )
}
