import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditRow } from '../../../../src-shared/ipc/channels/audit'
import { DATA_ENTITIES } from '../../../../src-shared/ipc/events'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'
import { Pager, usePage } from '../../components/pager'
import { errorMessage } from '../../lib/ipc'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { useFormat } from '../../lib/use-format'
import { useQuery } from '../../lib/use-query'
import { AuditChange } from './audit-change'
import { AuditExportButton } from './audit-export-button'
import { AuditFilters, NO_FILTER, type AuditFilterDraft } from './audit-filters'
import { toAuditFilter } from './audit-query'
import './audit.css'

const PAGE = 50
/** Every write adds a log row, so any change refreshes the page. */
const EVERY_TABLE = [...DATA_ENTITIES]

/** The audit log: every write, newest first — when, which record, what, before → after — filtered and exported. */
export function AuditPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const [draft, setDraft] = useState<AuditFilterDraft>(NO_FILTER)
  const page = usePage(PAGE)
  const text = useDebouncedValue(draft.text, 250)
  const filter = toAuditFilter(draft, text)
  const { data, error } = useQuery('audit.list', { ...filter, offset: page.offset, limit: PAGE }, { entities: EVERY_TABLE })
  const filtered = JSON.stringify(draft) !== JSON.stringify(NO_FILTER)
  const change = (next: AuditFilterDraft): void => (setDraft(next), page.onOffset(0))
  return (
    <div className="page audit-page">
      <PageHeader
        title={t('audit:title')}
        subtitle={t('audit:subtitle')}
        actions={<AuditExportButton filter={filter} disabled={data?.total === 0} />}
      />
      <AuditFilters value={draft} entities={EVERY_TABLE} onChange={change} />
      <p role="status" className="muted">
        {data ? t('audit:count', { count: data.total }) : t('common:loading')}
      </p>
      {error !== undefined && (
        <p role="alert" className="form-error">
          {errorMessage(error)}
        </p>
      )}
      {data?.total === 0 ? (
        <EmptyState icon="settings" title={t(filtered ? 'audit:empty' : 'audit:emptyLog')} />
      ) : (
        <table className="data-table data-table--wrap audit-table">
          <thead>
            <tr>
              <th>{t('audit:columns.at')}</th>
              <th>{t('audit:columns.entity')}</th>
              <th>{t('audit:columns.action')}</th>
              <th>{t('audit:columns.change')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((row: AuditRow) => (
              <tr key={row.id}>
                <td className="tabular audit-table__at">{f.dateTime(row.at)}</td>
                <td>
                  {t(`audit:entities.${row.entity}`, { defaultValue: row.entity })}
                  {row.entityId !== null && <span className="muted tabular"> #{row.entityId}</span>}
                </td>
                <td>{t(`audit:actions.${row.action}`)}</td>
                <td>
                  <AuditChange row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager {...page} total={data?.total ?? 0} labels={[t('audit:newer'), t('audit:older')]} />
    </div>
  )
}
