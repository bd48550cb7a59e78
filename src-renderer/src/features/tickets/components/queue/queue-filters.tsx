import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from '../../../../../../src-shared/domain/ticket'
import { useTicketsView, type StatusFilter } from '../../stores'
import { useEnumLabel } from '../../../../lib/use-enum-label'

/** Search (`/`), status, kind and priority; each applies at once. */
export function QueueFilters({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const filters = useTicketsView((s) => s.filters)
  const setFilter = useTicketsView((s) => s.setFilter)
  return (
    <div className="cluster ticket-filters" role="group" aria-label={t('tickets:queue.filters')}>
      <input
        ref={searchRef}
        type="search"
        className="input ticket-filters__search"
        aria-label={t('tickets:queue.search')}
        aria-keyshortcuts="/"
        placeholder={t('tickets:queue.searchPlaceholder')}
        value={filters.search}
        onChange={(e) => setFilter('search', e.target.value)}
      />
      <label className="field-inline">
        <span>{t('tickets:queue.status')}</span>
        <select
          className="input input--sm"
          value={filters.status}
          onChange={(e) => setFilter('status', e.target.value as StatusFilter)}
        >
          <option value="work">{t('tickets:queue.work')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label('ticketStatus', s)}
            </option>
          ))}
          <option value="all">{t('tickets:queue.all')}</option>
        </select>
      </label>
      <label className="field-inline">
        <span>{t('tickets:queue.kind')}</span>
        <select className="input input--sm" value={filters.kind} onChange={(e) => setFilter('kind', e.target.value as '')}>
          <option value="">{t('tickets:queue.any')}</option>
          {TICKET_KINDS.map((k) => (
            <option key={k} value={k}>
              {label('ticketKind', k)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('tickets:queue.priority')}</span>
        <select
          className="input input--sm"
          value={filters.priority}
          onChange={(e) => setFilter('priority', e.target.value as '')}
        >
          <option value="">{t('tickets:queue.any')}</option>
          {TICKET_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {label('ticketPriority', p)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
