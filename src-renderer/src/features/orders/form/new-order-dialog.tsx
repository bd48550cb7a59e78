import { useRef } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { CustomerSearchHit } from '../../../../../src-shared/domain/customer-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { FormField } from '../../../components/form-field'
import { showToast } from '../../../components/toast'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'
import { CustomerPicker } from './customer-picker'
import { addProduct, freeTextLine } from './draft'
import { ItemAdder } from './item-adder'
import { LineRows } from './line-rows'
import { OrderSummary } from './order-summary'
import { useOrderForm } from './use-order-form'

/**
 * Ringing up a sale, Enter-driven: customer (Enter on empty: walk-in) → each item (Enter adds
 * the best match) → Enter on an empty item box saves. Totals show as you type.
 */
export function NewOrderDialog({ customer = null, onClose }: { customer?: CustomerSearchHit | null; onClose(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const navigate = useNavigationStore((s) => s.navigate)
  const formRef = useRef<HTMLFormElement>(null)
  const customerRef = useRef<HTMLInputElement>(null)
  const itemRef = useRef<HTMLInputElement>(null)
  const form = useOrderForm(customer, (order) => {
    onClose()
    showToast({
      tone: 'success',
      message: t('orders:ui.form.created', { number: order.number, total: f.money(order.total) }),
      action: { label: t('orders:ui.form.open'), onAction: () => navigate({ page: 'order', id: String(order.id) }) },
    })
  })
  const save = (): void => {
    void run(form.submit).then((invalid) => {
      if (!invalid) return
      if (invalid === 'lines') itemRef.current?.focus()
      else formRef.current?.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus()
    })
  }
  const focusItems = (): void => itemRef.current?.focus()
  return (
    <Dialog title={t('orders:ui.form.title')} onClose={onClose} className="order-dialog">
      <form
        ref={formRef}
        className="modal__body order-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <CustomerPicker
          customer={form.draft.customer}
          onChange={(next) => {
            form.update((d) => ({ ...d, customer: next }))
            if (next === null) requestAnimationFrame(() => customerRef.current?.focus())
          }}
          // At once, so the next keystrokes land in the item box however fast they come.
          onDone={focusItems}
          inputRef={customerRef}
        />
        <FormField label={t('orders:ui.form.lines')} error={form.errorOf('lines')}>
          {() => (
            <ItemAdder
              inputRef={itemRef}
              onProduct={(product) => form.update((d) => ({ ...d, lines: addProduct(d.lines, product, form.digits) }))}
              onFreeText={(text) => {
                // A free-text item has no price yet: type it next. Rendered at once and focused at once,
                // so keystrokes that follow Enter however fast land in the price box, not the item box.
                flushSync(() => form.update((d) => ({ ...d, lines: [...d.lines, freeTextLine(text)] })))
                formRef.current?.querySelector<HTMLElement>(`[name="lines.${form.draft.lines.length}.unitPrice"]`)?.focus()
              }}
              onEnterEmpty={save}
            />
          )}
        </FormField>
        <LineRows form={form} onNext={focusItems} />
        <OrderSummary form={form} />
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('orders:ui.form.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={form.busy}>
            {t('orders:ui.form.save')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
