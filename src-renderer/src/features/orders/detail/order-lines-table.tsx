import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { useFormat } from '../../../lib/use-format'
import { LineColumnsHead } from '../lines/line-columns-head'

/** The order's lines as sold, with what of each came back. */
export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <table className="data-table">
      <LineColumnsHead />
      <tbody>
        {order.lines.map((line) => (
          <tr key={line.id}>
            <td>
              {line.description} {line.sku && <span className="muted tabular">{line.sku}</span>}
              {line.refundedQuantity > 0 && (
                <span className="muted">
                  {' '}
                  · {t('orders:ui.detail.returned', { quantity: f.number(line.refundedQuantity, 3) })}
                </span>
              )}
            </td>
            <td className="num">{f.number(line.quantity, 3)}</td>
            <td className="num">{f.money(line.unitPrice)}</td>
            <td className="num">{line.discount > 0 ? f.money(line.discount) : '—'}</td>
            <td className="num">{f.money(line.lineTotal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
