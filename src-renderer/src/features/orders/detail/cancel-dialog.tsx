import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { reversalReason } from '../../../../../src-shared/domain/sale'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { validate } from '../../../lib/validate'
import { ReasonField } from './reason-field'
import { useUndoCancel } from './use-undo-cancel'

/** Cancels the order with a reason; the toast offers the undo. */
export function CancelDialog({ order, onClose }: { order: OrderDetail; onClose(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const undoCancel = useUndoCancel()
  const [reason, setReason] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const checked = validate(reversalReason, reason, f.locale, t)
  const error = submitted && !checked.ok ? checked.errors[''] : undefined
  const back = Math.max(0, order.paid - order.refunded)
  return (
    <Dialog
      title={t('orders:ui.reversal.cancelTitle', { number: order.number })}
      description={t('orders:ui.reversal.cancelBody', { amount: f.money(back) })}
      onClose={onClose}
    >
      <form
        className="modal__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setSubmitted(true)
          if (!checked.ok) return
          void run(() => call('orders.cancel', { id: order.id, updatedAt: order.updatedAt, reason: checked.data })).then(
            (done) => {
              if (!done) return
              onClose()
              showToast({
                tone: 'success',
                message: t('orders:ui.detail.cancelled', { number: order.number }),
                action: { label: t('orders:ui.detail.undo'), onAction: () => void undoCancel(order) },
              })
            },
          )
        }}
      >
        <ReasonField value={reason} onChange={setReason} error={error} />
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('orders:ui.reversal.keep')}
          </Button>
          <Button type="submit" variant="danger">
            {t('orders:ui.reversal.confirmCancel')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
