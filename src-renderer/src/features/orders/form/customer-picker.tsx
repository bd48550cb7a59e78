import { useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerSearchHit } from '../../../../../src-shared/domain/customer-types'
import { Button } from '../../../components/button'
import { Combobox } from '../../../components/combobox'
import { FormField } from '../../../components/form-field'
import { useSearchHits } from './use-search-hits'

interface CustomerPickerProps {
  customer: CustomerSearchHit | null
  onChange(customer: CustomerSearchHit | null): void
  /** Enter picked someone, or a walk-in (Enter with nothing typed): on to the items. */
  onDone(): void
  inputRef: Ref<HTMLInputElement>
}

/** Who buys: found by name, pinyin initials or phone; nobody picked is a walk-in sale. */
export function CustomerPicker({ customer, onChange, onDone, inputRef }: CustomerPickerProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const { hits, current } = useSearchHits('customers.search', text, ['customers'])
  return (
    <FormField label={t('orders:ui.form.customer')} hint={customer ? undefined : t('orders:ui.form.customerHint')}>
      {(control) =>
        customer ? (
          <div className="order-form__customer">
            <span id={control.id}>
              <strong>{customer.name}</strong>
              {customer.phone && <span className="muted tabular"> · {customer.phone}</span>}
            </span>
            <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
              {t('orders:ui.form.change')}
            </Button>
          </div>
        ) : (
          <Combobox<CustomerSearchHit>
            {...control}
            inputRef={inputRef}
            text={text}
            onTextChange={setText}
            items={hits}
            itemKey={(hit) => String(hit.id)}
            renderItem={(hit) => (
              <>
                <span>{hit.name}</span>
                <span className="muted tabular">{[hit.phone, hit.city].filter(Boolean).join(' · ')}</span>
              </>
            )}
            onPick={(hit) => {
              onChange(hit)
              setText('')
              onDone()
            }}
            onEnterEmpty={onDone}
            placeholder={t('orders:ui.form.customerPlaceholder')}
            emptyText={current ? t('orders:ui.form.noCustomer') : undefined}
          />
        )
      }
    </FormField>
  )
}
