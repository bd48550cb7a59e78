import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DrillChip } from '../../../../components/drill-chip'
import { DataGrid } from '../../../../components/data-grid/data-grid'
import { EmptyState } from '../../../../components/empty-state'
import { errorMessage } from '../../../../lib/ipc'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { useFormat } from '../../../../lib/use-format'
import { usePageShortcuts } from '../../../../lib/use-page-shortcuts'
import { drillOf, useNavigationStore } from '../../../../stores/navigation'
import { useQueueRows } from '../../api/use-queue-rows'
import { useTriage } from '../../api/use-triage'
import { queueQuery, useTicketsView, type QueueQuery } from '../../stores'
import { queueColumns } from './queue-columns'
import { QueueFilters } from './queue-filters'
import { useEnumLabel } from '../../../../lib/use-enum-label'

/** The queue: soonest to breach first, filtered, virtualized; ↑ ↓ move, Enter opens, `/` searches. */
export function QueueView() {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const filters = useTicketsView((s) => s.filters)
  const search = useDebouncedValue(filters.search, 120)
  const drill = useNavigationStore((s) => drillOf(s.route, 'tickets'))
  const replace = useNavigationStore((s) => s.replace)
  const query: QueueQuery = drill ? { drill: drill.filter } : queueQuery(filters, search)
  const { rows, snapshot, ensure } = useQueueRows(query)
  const navigate = useNavigationStore((s) => s.navigate)
  const searchRef = useRef<HTMLInputElement>(null)
  const triage = useTriage()
  usePageShortcuts({ '/': () => searchRef.current?.focus() })
  return (
    <>
      {drill ? (
        <DrillChip
          label={drill.label}
          count={snapshot.total === null ? null : t('tickets:queue.count', { count: snapshot.total })}
          onClear={() => replace({ page: 'tickets' })}
        />
      ) : (
        <QueueFilters searchRef={searchRef} />
      )}
      <p className="muted ticket-keys" role={drill ? undefined : 'status'}>
        {!drill && <>{snapshot.total === null ? t('common:loading') : t('tickets:queue.count', { count: snapshot.total })} · </>}
        {t('tickets:queue.keys')}
      </p>
      {snapshot.error !== null && (
        <p role="alert" className="form-error">
          {errorMessage(snapshot.error)}
        </p>
      )}
      {snapshot.total === 0 ? (
        <EmptyState icon="tickets" title={t('tickets:queue.empty')} body={t('tickets:queue.emptyBody')} />
      ) : (
        <DataGrid
          key={JSON.stringify(query)}
          labels={{ grid: t('nav:tickets') }}
          count={snapshot.total ?? 0}
          rowAt={(index) => rows.row(index)}
          columns={queueColumns(t, f, label)}
          getId={(row) => row.id}
          onRangeChange={ensure}
          onOpen={(row) => navigate({ page: 'ticket', id: String(row.id) })}
          onRowKey={triage.onKey}
        />
      )}
    </>
  )
}
