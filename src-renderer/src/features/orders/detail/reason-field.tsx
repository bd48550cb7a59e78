import { useTranslation } from 'react-i18next'
import { FormField } from '../../../components/form-field'

/** Why an order is cancelled or refunded: required, it goes into the books. */
export function ReasonField({ value, onChange, error }: { value: string; onChange(value: string): void; error?: string }) {
  const { t } = useTranslation()
  return (
    <FormField label={t('orders:ui.reversal.reason')} error={error} required>
      {(control) => (
        <input
          {...control}
          name="reason"
          className="input"
          maxLength={500}
          placeholder={t('orders:ui.reversal.reasonPlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  )
}
