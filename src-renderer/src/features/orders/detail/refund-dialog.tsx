import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { FormField } from '../../../components/form-field'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { ReasonField } from './reason-field'
import { leftOf, useRefundForm } from './use-refund-form'

/** Gives back some items (how many of each) or an amount, with a reason, as a refund record. */
export function RefundDialog({ order, onClose }: { order: OrderDetail; onClose(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const form = useRefundForm(order)
  return (
    <Dialog
      title={t('orders:ui.reversal.refundTitle', { number: order.number })}
      description={t('orders:ui.reversal.refundBody')}
      onClose={onClose}
      className="refund-dialog"
    >
      <form
        className="modal__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const request = form.submit()
          if (!request) return
          void run(() => call('orders.refund', { id: order.id, updatedAt: order.updatedAt, ...request })).then((done) => {
            if (!done) return
            onClose()
            const amount = f.money(done.refunded - order.refunded)
            showToast({ tone: 'success', message: t('orders:ui.detail.refundedToast', { amount, number: order.number }) })
          })
        }}
      >
        <ReasonField value={form.reason} onChange={form.setReason} error={form.errors.reason} />
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('orders:ui.form.description')}</th>
              <th scope="col" className="num">
                {t('orders:ui.form.lineTotal')}
              </th>
              <th scope="col" className="num">
                {t('orders:ui.reversal.backQuantity')}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.description}</td>
                <td className="num">{f.money(line.lineTotal)}</td>
                <td className="num">
                  <input
                    className="input input--sm order-form__qty"
                    inputMode="decimal"
                    aria-label={`${t('orders:ui.reversal.backQuantity')} — ${line.description}`}
                    disabled={leftOf(line) <= 0}
                    value={form.back[line.id] ?? ''}
                    placeholder="0"
                    onChange={(e) => form.setLine(line.id, e.target.value)}
                  />{' '}
                  <span className="muted">{t('orders:ui.reversal.ofSold', { quantity: f.number(leftOf(line), 3) })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {form.linesError && <p className="form-field__error">{form.linesError}</p>}
        <Button size="sm" onClick={form.all}>
          {t('orders:ui.reversal.all')}
        </Button>
        <FormField label={t('orders:ui.reversal.amount')} hint={t('orders:ui.reversal.amountHint')} error={form.errors.amount}>
          {(control) => (
            <input
              {...control}
              className="input order-form__amount"
              inputMode="decimal"
              value={form.amountText}
              onChange={(e) => form.setAmountText(e.target.value)}
            />
          )}
        </FormField>
        <p role="status" className="refund-dialog__preview tabular">
          {form.willRefund !== null && t('orders:ui.reversal.willRefund', { amount: f.money(form.willRefund) })}
        </p>
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('orders:ui.reversal.keep')}
          </Button>
          <Button type="submit" variant="primary">
            {t('orders:ui.reversal.confirmRefund')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
