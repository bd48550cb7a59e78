import { useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductHit } from '../../../../../src-shared/domain/order-types'
import { Combobox } from '../../../components/combobox'
import { useFormat } from '../../../lib/use-format'
import { useSearchHits } from './use-search-hits'

type Item = { kind: 'product'; product: ProductHit } | { kind: 'free'; text: string }

interface ItemAdderProps {
  onProduct(product: ProductHit): void
  onFreeText(description: string): void
  /** Enter with nothing typed: the order is complete. */
  onEnterEmpty(): void
  inputRef: Ref<HTMLInputElement>
}

/**
 * Adds items: the catalog's active products by name, SKU or pinyin (an exact SKU first), and
 * after them what was typed, as a free-text item. Enter adds the first; the box empties for
 * the next item.
 */
export function ItemAdder({ onProduct, onFreeText, onEnterEmpty, inputRef }: ItemAdderProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const [text, setText] = useState('')
  const { hits, current } = useSearchHits('products.search', text, ['products'])
  const items: Item[] = current
    ? [...hits.map((product) => ({ kind: 'product' as const, product })), { kind: 'free', text: text.trim() }]
    : []
  return (
    <Combobox<Item>
      inputRef={inputRef}
      aria-label={t('orders:ui.form.addItem')}
      text={text}
      onTextChange={setText}
      items={items}
      itemKey={(item) => (item.kind === 'product' ? `p${item.product.id}` : 'free')}
      renderItem={(item) =>
        item.kind === 'product' ? (
          <>
            <span className="order-form__hit-name">{item.product.name}</span>
            <span className="muted tabular">{item.product.sku}</span>
            <span className="order-form__hit-price tabular">{f.money(item.product.price)}</span>
          </>
        ) : (
          <span className="muted">{t('orders:ui.form.freeText', { text: item.text })}</span>
        )
      }
      onPick={(item) => {
        setText('')
        if (item.kind === 'product') onProduct(item.product)
        else onFreeText(item.text)
      }}
      onEnterEmpty={onEnterEmpty}
      placeholder={t('orders:ui.form.itemPlaceholder')}
    />
  )
}
