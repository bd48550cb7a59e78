import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Combobox } from '../../../../../components/combobox'
import { useDebouncedValue } from '../../../../../lib/use-debounced-value'
import { useQuery } from '../../../../../lib/use-query'

export interface ProductPickerProps {
  productId: number | null
  onPick(productId: number): void
}

/** Finds a product by name, SKU or pinyin; shows the chosen one's name. */
export function ProductPicker({ productId, onPick }: ProductPickerProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const query = useDebouncedValue(text.trim(), 200)
  const hits = useQuery('products.search', query ? { query, limit: 10 } : null, { entities: ['products'] }).data ?? []
  const chosen = useQuery('products.get', productId ? { id: productId } : null, { entities: ['products'] }).data
  return (
    <span className="segment-rule__inline">
      {chosen && <strong>{chosen.name}</strong>}
      <Combobox
        text={text}
        onTextChange={setText}
        items={hits}
        itemKey={(p) => String(p.id)}
        renderItem={(p) => `${p.name} · ${p.sku}`}
        onPick={(p) => {
          onPick(p.id)
          setText('')
        }}
        aria-label={t('marketing-segments:rules.productSearch')}
        placeholder={t('marketing-segments:rules.productSearch')}
        emptyText={t('marketing-segments:rules.noProduct')}
      />
    </span>
  )
}
