import { useTranslation } from 'react-i18next'
import type { RefundRecord } from '../../../../../src-shared/domain/order-types'
import { Badge } from '../../../components/badge'
import { useFormat } from '../../../lib/use-format'

/** The order's cancellations and refunds, each a record of its own (the accountant pack lists them). */
export function ReversalRecords({ records }: { records: readonly RefundRecord[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (records.length === 0) return <p className="muted">{t('orders:ui.detail.noReversals')}</p>
  return (
    <ul className="reversal-records">
      {records.map((r) => (
        <li key={r.id} className="reversal-records__item">
          <div className="reversal-records__head">
            <Badge tone={r.kind === 'refund' ? 'danger' : 'neutral'}>{t(`orders:reversalKind.${r.kind}`)}</Badge>
            <span className="tabular">{f.dateTime(r.at)}</span>
            <strong className="tabular">{f.money(r.amount)}</strong>
            {r.undoneAt && <span className="muted">{t('orders:ui.detail.undone', { date: f.dateTime(r.undoneAt) })}</span>}
          </div>
          <p className="reversal-records__reason">{r.reason}</p>
          {r.lines.length > 0 && (
            <p className="muted">
              {r.lines.map((l) => `${l.description} × ${f.number(l.quantity, 3)} (${f.money(l.amount)})`).join(' · ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
