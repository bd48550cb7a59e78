import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/badge'
import { Button } from '../../../components/button'
import { EmptyState } from '../../../components/empty-state'
import { RegisteredPanels } from '../../../components/registered-panels'
import { Section } from '../../../components/section'
import { IpcCallError } from '../../../lib/ipc'
import { useEnumLabel } from '../../../lib/use-enum-label'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { useNavigationStore } from '../../../stores/navigation'
import { ORDER_ENTITIES } from '../api/entities'
import { STATUS_TONE } from '../api/status-tone'
import { CancelDialog } from './cancel-dialog'
import { OrderFacts } from './order-facts'
import { OrderLinesTable } from './order-lines-table'
import { RefundDialog } from './refund-dialog'
import { ReversalRecords } from './reversal-records'
import { useUndoCancel } from './use-undo-cancel'

/** One order: its lines and money, its cancellations and refunds, and the actions on it. */
export function OrderDetailPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const orderId = Number(id)
  const valid = Number.isInteger(orderId) && orderId > 0
  const { data: order, error } = useQuery('orders.get', valid ? { id: orderId } : null, { entities: ORDER_ENTITIES })
  const navigate = useNavigationStore((s) => s.navigate)
  const back = (): void => navigate({ page: 'orders' })
  const [dialog, setDialog] = useState<'cancel' | 'refund' | null>(null)
  const undoCancel = useUndoCancel()

  if (!valid || error) {
    const message = error instanceof IpcCallError ? error.message : t('orders:ui.detail.notFound')
    return <EmptyState icon="orders" title={message} action={<Button onClick={back}>{t('orders:ui.detail.back')}</Button>} />
  }
  if (!order || order.id !== orderId)
    return (
      <p className="page muted" role="status">
        {t('common:loading')}
      </p>
    )
  const cancelledNow = order.status === 'cancelled' && order.refunds.some((r) => r.kind === 'cancel' && r.undoneAt === null)
  return (
    <article className="page order-detail">
      <header className="page-header">
        <div className="page-header__text">
          <Button variant="ghost" size="sm" icon="back" onClick={back}>
            {t('orders:ui.detail.back')}
          </Button>
          <h1 className="page-header__title">
            {t('orders:ui.detail.summary')} <span className="tabular">{order.number}</span>{' '}
            <Badge tone={STATUS_TONE[order.status]}>{label('orderStatus', order.status)}</Badge>
          </h1>
          <p className="page-header__subtitle">
            {f.dateTime(order.orderedAt)} · {f.money(order.total)}
          </p>
        </div>
        <div className="page-header__actions">
          {cancelledNow && <Button onClick={() => void undoCancel(order)}>{t('orders:ui.detail.undoCancel')}</Button>}
          {order.canRefund && <Button onClick={() => setDialog('refund')}>{t('orders:ui.detail.refund')}</Button>}
          {order.canCancel && (
            <Button variant="danger" onClick={() => setDialog('cancel')}>
              {t('orders:ui.detail.cancel')}
            </Button>
          )}
        </div>
      </header>
      <div className="order-detail__columns">
        <div className="order-detail__main">
          <Section title={t('orders:ui.detail.lines')}>
            <OrderLinesTable order={order} />
          </Section>
          <Section title={t('orders:ui.detail.reversals')}>
            <ReversalRecords records={order.refunds} />
          </Section>
          <RegisteredPanels kind="order" column="main" recordId={order.id} />
        </div>
        <div className="order-detail__side">
          <Section title={t('orders:ui.detail.summary')}>
            <OrderFacts order={order} />
          </Section>
          <RegisteredPanels kind="order" column="side" recordId={order.id} />
        </div>
      </div>
      {dialog === 'cancel' && <CancelDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'refund' && <RefundDialog order={order} onClose={() => setDialog(null)} />}
    </article>
  )
}
