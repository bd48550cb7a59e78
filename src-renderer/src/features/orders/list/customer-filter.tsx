import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerSearchHit } from '../../../../../src-shared/domain/customer-types'
import { Button } from '../../../components/button'
import { Combobox } from '../../../components/combobox'
import { useSearchHits } from '../form/use-search-hits'
import { useOrderListStore } from './order-list-store'

/** Narrows the list to one customer, found by name, pinyin initials or phone; shown as their name with a clear button. */
export function CustomerFilter() {
  const { t } = useTranslation()
  const customer = useOrderListStore((s) => s.customer)
  const setCustomer = useOrderListStore((s) => s.setCustomer)
  const [text, setText] = useState('')
  const { hits, current } = useSearchHits('customers.search', text, ['customers'])
  if (customer)
    return (
      <span className="order-filters__customer">
        {t('orders:ui.list.customer')}: <strong>{customer.name}</strong>
        <Button size="sm" variant="ghost" icon="close" onClick={() => setCustomer(null)}>
          {t('orders:ui.list.clearCustomer')}
        </Button>
      </span>
    )
  return (
    <div className="order-filters__customer-search">
      <Combobox<CustomerSearchHit>
        aria-label={t('orders:ui.list.customer')}
        placeholder={t('orders:ui.list.customerPlaceholder')}
        text={text}
        onTextChange={setText}
        items={hits}
        itemKey={(hit) => String(hit.id)}
        renderItem={(hit) => (
          <>
            <span>{hit.name}</span>
            <span className="muted tabular">{hit.phone}</span>
          </>
        )}
        onPick={(hit) => {
          setText('')
          setCustomer({ id: hit.id, name: hit.name })
        }}
        emptyText={current ? t('orders:ui.form.noCustomer') : undefined}
      />
    </div>
  )
}
