import { Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { DrillChip } from '../../../../components/drill-chip'
import { PageHeader } from '../../../../components/page-header'
import { errorMessage } from '../../../../lib/ipc'
import { useCustomerRows } from '../../api/use-customer-rows'
import { useBulkActions } from '../../hooks/use-bulk-actions'
import { selectedCount } from '../../../../lib/selection'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { useNewIntent } from '../../../../lib/use-new-intent'
import { usePageShortcuts } from '../../../../lib/use-page-shortcuts'
import { useQuery } from '../../../../lib/use-query'
import { drillOf, useNavigationStore } from '../../../../stores/navigation'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { loadListSetup, usePersistListPrefs } from '../../api/list-setup'
import { hasFilters, toQuery, useCustomerListStore } from '../../stores/list'
import { newCustomerDialog } from '../form/lazy-new-customer-dialog'
import { BulkBar } from './bulk-bar'
import { CustomerTable } from './customer-table'
import { ExportListButton } from './export-list-button'
import { ListEmpty } from './list-empty'
import { ListToolbar } from './list-toolbar'
import { ViewSwitch } from './view-switch'

/** Search answers as you type, without a query per keystroke. */
const SEARCH_DEBOUNCE_MS = 120

/**
 * The customer list: saved views, search, filters, a virtualized table, bulk actions and Trash.
 * It opens with the remembered layout and the default view (a moment's "Loading…" at start).
 */
export function CustomersPage() {
  const { t } = useTranslation()
  const ready = useCustomerListStore((s) => s.ready)
  useEffect(() => void loadListSetup(), [])
  usePersistListPrefs()
  if (ready) return <CustomerList />
  return (
    <div className="customers-page">
      <PageHeader title={t('nav:customers')} subtitle={<span role="status">{t('common:loading')}</span>} />
    </div>
  )
}

function CustomerList() {
  const { t } = useTranslation()
  const list = useCustomerListStore()
  const search = useDebouncedValue(list.search, SEARCH_DEBOUNCE_MS)
  // A dashboard drill-down replaces search and filters: the list holds exactly the customers behind the mark.
  const drill = useNavigationStore((s) => drillOf(s.route, 'customers'))
  const replace = useNavigationStore((s) => s.replace)
  const undrill = (): void => replace({ page: 'customers' })
  const query = drill ? { view: 'active' as const, sort: list.sort, drill: drill.filter } : toQuery(list, search)
  const { rows, snapshot, ensure } = useCustomerRows(query)
  const tags = useQuery('tags.list', {}, { entities: CUSTOMER_ENTITIES }).data ?? []
  const bulk = useBulkActions(query)
  const [creating, setCreating] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  useNewIntent('customers', () => setCreating(true))
  usePageShortcuts({ '/': () => searchRef.current?.focus(), n: () => setCreating(true) })

  const total = snapshot.total
  const selected = selectedCount(list.selection, total ?? 0)
  const narrowed = Boolean(drill) || Boolean(query.query) || hasFilters(list.filters)
  return (
    <div className="customers-page">
      <PageHeader
        title={t(list.view === 'trash' ? 'customers:ui.list.trashTitle' : 'nav:customers')}
        subtitle={
          <span role="status">{total === null ? t('common:loading') : t('customers:ui.list.count', { count: total })}</span>
        }
        actions={
          <>
            {!drill && <ViewSwitch view={list.view} onChange={list.setView} />}
            <ExportListButton query={query} columns={list.columns} />
            <Button
              variant="primary"
              icon="plus"
              aria-keyshortcuts="N"
              title={`${t('customers:ui.list.new')} (N)`}
              onClick={() => setCreating(true)}
            >
              {t('customers:ui.list.new')}
            </Button>
          </>
        }
      />
      {drill ? (
        <DrillChip
          label={drill.label}
          count={total === null ? null : t('customers:ui.list.count', { count: total })}
          onClear={undrill}
        />
      ) : (
        <ListToolbar searchRef={searchRef} tags={tags} />
      )}
      {selected > 0 && (
        <BulkBar
          count={selected}
          view={list.view}
          tags={tags}
          onTag={(tag) => void bulk.tag(tag)}
          onUntag={(tagId) => void bulk.untag(tagId)}
          onDelete={() => void bulk.remove().then(() => gridRef.current?.focus())}
          onRestore={() => void bulk.restore()}
          onClear={() => list.setSelection({ all: false, ids: new Set(), anchor: null })}
        />
      )}
      {snapshot.error !== null && (
        <p role="alert" className="form-error">
          {errorMessage(snapshot.error)}
        </p>
      )}
      {total === 0 ? (
        <ListEmpty
          view={list.view}
          narrowed={narrowed}
          onNew={() => setCreating(true)}
          onClearFilters={drill ? undrill : list.clearFilters}
        />
      ) : (
        <CustomerTable key={JSON.stringify(query)} rows={rows} total={total ?? 0} onRange={ensure} gridRef={gridRef} />
      )}
      {creating && (
        <Suspense fallback={null}>
          <newCustomerDialog.Page onClose={() => setCreating(false)} />
        </Suspense>
      )}
    </div>
  )
}
