import { useTranslation } from 'react-i18next'
import type { ProductRow } from '../../../../../src-shared/domain/order-types'
import { productPatch, type ProductPatch } from '../../../../../src-shared/domain/product'
import { minorToAmount } from '../../../../../src-shared/domain/amount-text'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { InlineField } from '../../../components/inline-field'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { currencyDigits } from '../../../lib/format'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { validate } from '../../../lib/validate'
import { PRODUCT_ENTITIES } from '../api/entities'
import { typedAmount } from './product-text'

type TextField = 'sku' | 'name' | 'category' | 'price' | 'cost'

/**
 * One product, edited in place: each value saves on Enter (on the version shown: an edit made
 * elsewhere meanwhile is refused). Deactivate hides it from the order form; a product never
 * sold can be deleted, with Undo.
 */
export function ProductDialog({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const digits = currencyDigits(f.currency)
  const product = useQuery('products.get', { id }, { entities: PRODUCT_ENTITIES }).data
  if (!product || product.id !== id) return null
  const toPatch = (field: TextField, text: string): Record<string, unknown> => {
    if (field === 'price') return { price: typedAmount(text, digits) ?? Number.NaN }
    if (field === 'cost') return { cost: text.trim() === '' ? null : typedAmount(text, digits) }
    if (field === 'category') return { category: text.trim() === '' ? null : text }
    return { [field]: text }
  }
  const save = (patch: ProductPatch) => call('products.update', { id, updatedAt: product.updatedAt, patch })
  const field = (name: TextField, value: string, display?: string) => (
    <InlineField
      key={name}
      label={t(`orders:products.fields.${name}`)}
      value={value}
      display={display}
      check={(text) => {
        const checked = validate(productPatch, toPatch(name, text), f.locale, t)
        return checked.ok ? null : (Object.values(checked.errors)[0] ?? null)
      }}
      save={(text) => save(productPatch.parse(toPatch(name, text)))}
    />
  )
  const remove = (row: ProductRow): void =>
    void run(() => call('products.delete', { id: row.id })).then((done) => {
      if (!done) return
      onClose()
      showToast({
        tone: 'success',
        message: t('orders:products.deleted', { name: row.name }),
        action: { label: t('orders:ui.detail.undo'), onAction: () => void run(() => call('products.restore', { id: row.id })) },
      })
    })
  return (
    <Dialog
      title={t('orders:products.editTitle', { name: product.name })}
      description={t('orders:products.editHint')}
      onClose={onClose}
    >
      <div className="modal__body">
        <dl className="product-fields">
          {field('sku', product.sku)}
          {field('name', product.name)}
          {field('category', product.category ?? '')}
          {field('price', minorToAmount(product.price, digits), f.money(product.price))}
          {field(
            'cost',
            product.cost === null ? '' : minorToAmount(product.cost, digits),
            product.cost === null ? undefined : f.money(product.cost),
          )}
        </dl>
        {product.hasSales && <p className="muted">{t('orders:products.hasSales')}</p>}
        <footer className="modal__footer">
          {!product.hasSales && (
            <Button variant="danger" onClick={() => remove(product)}>
              {t('orders:products.delete')}
            </Button>
          )}
          <Button onClick={() => void run(() => save({ active: !product.active }))}>
            {t(product.active ? 'orders:products.deactivate' : 'orders:products.activate')}
          </Button>
          <Button variant="primary" onClick={onClose}>
            {t('orders:products.close')}
          </Button>
        </footer>
      </div>
    </Dialog>
  )
}
