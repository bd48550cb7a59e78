import { useTranslation } from 'react-i18next'
import type { TicketCustomerRef } from '../../../../../../src-shared/domain/ticket-refs'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { useQuery } from '../../../../lib/use-query'

interface CustomerPickerProps {
  id: string
  search: string
  onSearch(text: string): void
  value: TicketCustomerRef | null
  onChange(customer: TicketCustomerRef | null): void
}

/** Finds a customer by name, pinyin or phone (the customer list's own search) and picks one. */
export function CustomerPicker({ id, search, onSearch, value, onChange }: CustomerPickerProps) {
  const { t } = useTranslation()
  const query = useDebouncedValue(search.trim(), 150)
  const found = useQuery(
    'customers.list',
    query ? { query, view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 8 } : null,
    { entities: ['customers'] },
  ).data
  return (
    <div className="stack customer-picker">
      <input
        id={id}
        type="search"
        className="input"
        placeholder={t('tickets:create.findCustomer')}
        value={search}
        onChange={(e) => onSearch(e.target.value)}
      />
      <select
        className="input"
        aria-label={t('tickets:create.customer')}
        value={value?.id ?? ''}
        onChange={(e) => {
          const row = found?.rows.find((r) => r.id === Number(e.target.value))
          onChange(row ? { id: row.id, name: row.name, phone: row.phone } : null)
        }}
      >
        <option value="">{t('tickets:create.noCustomer')}</option>
        {value && !found?.rows.some((r) => r.id === value.id) && <option value={value.id}>{value.name}</option>}
        {found?.rows.map((r) => (
          <option key={r.id} value={r.id}>
            {[r.name, r.phone].filter(Boolean).join(' · ')}
          </option>
        ))}
      </select>
    </div>
  )
}
