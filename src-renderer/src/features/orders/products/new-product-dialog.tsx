import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { productInput } from '../../../../../src-shared/domain/product'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { FormField } from '../../../components/form-field'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { currencyDigits } from '../../../lib/format'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { validate } from '../../../lib/validate'
import { typedAmount } from './product-text'

const FIELDS = ['sku', 'name', 'category', 'price', 'cost'] as const
type Field = (typeof FIELDS)[number]

/** Adds a product: SKU and name required, price and cost typed as amounts; Enter saves. */
export function NewProductDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const digits = currencyDigits(f.currency)
  const [draft, setDraft] = useState<Record<Field, string>>({ sku: '', name: '', category: '', price: '', cost: '' })
  const [submitted, setSubmitted] = useState(false)
  const input = {
    sku: draft.sku,
    name: draft.name,
    ...(draft.category.trim() ? { category: draft.category } : {}),
    price: typedAmount(draft.price, digits),
    cost: typedAmount(draft.cost, digits),
  }
  const checked = validate(productInput.omit({ uid: true }), input, f.locale, t)
  const errorOf = (field: Field): string | undefined => (submitted && !checked.ok ? checked.errors[field] : undefined)
  return (
    <Dialog title={t('orders:products.formTitle')} onClose={onClose}>
      <form
        className="modal__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setSubmitted(true)
          if (!checked.ok) return
          void run(() => call('products.create', checked.data)).then((row) => {
            if (!row) return
            onClose()
            showToast({ tone: 'success', message: t('orders:products.created', { name: row.name }) })
          })
        }}
      >
        {FIELDS.map((field) => (
          <FormField
            key={field}
            label={t(`orders:products.fields.${field}`)}
            error={errorOf(field)}
            required={field === 'sku' || field === 'name'}
          >
            {(control) => (
              <input
                {...control}
                name={field}
                className="input"
                inputMode={field === 'price' || field === 'cost' ? 'decimal' : undefined}
                value={draft[field]}
                onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
              />
            )}
          </FormField>
        ))}
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('orders:products.cancel')}
          </Button>
          <Button type="submit" variant="primary">
            {t('orders:products.save')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
