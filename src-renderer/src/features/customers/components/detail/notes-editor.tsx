import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { InlineField } from '../../../../components/inline-field'
import { useCustomerUpdate } from './use-customer-update'

/** Free-form notes, edited in place: Ctrl/Cmd+Enter or leaving the box saves, Esc cancels. */
export function NotesEditor({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation()
  const update = useCustomerUpdate(customer.id)
  return (
    <dl className="inline-fields">
      <InlineField
        label={t('customers:fields.notes')}
        value={customer.notes}
        display={customer.notes ? <span className="notes-text">{customer.notes}</span> : undefined}
        check={(notes) => update.check({ notes })}
        save={(notes) => update.save({ notes })}
        editor={({ onChange, className, ...props }) => (
          <textarea
            {...props}
            className={`${className} notes-editor`}
            rows={5}
            maxLength={20000}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      />
    </dl>
  )
}
