import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { SearchField } from '../../../components/search-field'
import { ORDER_STATUSES } from '../../../../../src-shared/domain/order'
import type { OrderStatus } from '../../../../../src-shared/domain/order-types'
import { useEnumLabel } from '../../../lib/use-enum-label'
import { useQuery } from '../../../lib/use-query'
import { ORDER_ENTITIES } from '../api/entities'
import { CustomerFilter } from './customer-filter'
import { paymentLabel } from '../api/payment-label'
import { useOrderListStore } from './order-list-store'

/** The orders list's filters: order number, date range, status, channel, payment, walk-ins. */
export function OrderFilters({ searchRef }: { searchRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const { filter, setFilter, clearFilter } = useOrderListStore()
  const facets = useQuery('orders.facets', {}, { entities: ORDER_ENTITIES }).data
  const active = Object.keys(filter).length > 0
  return (
    <div className="order-filters cluster">
      <SearchField
        value={filter.number ?? ''}
        onChange={(number) => setFilter({ number })}
        inputRef={searchRef}
        shortcut="/"
        maxLength={64}
        label={t('orders:ui.list.searchLabel')}
        placeholder={t('orders:ui.list.searchPlaceholder')}
      />
      <label className="field-inline">
        <span>{t('orders:ui.list.from')}</span>
        <input
          type="date"
          className="input"
          value={filter.from ?? ''}
          max={filter.to}
          onChange={(e) => setFilter({ from: e.target.value })}
        />
      </label>
      <label className="field-inline">
        <span>{t('orders:ui.list.to')}</span>
        <input
          type="date"
          className="input"
          value={filter.to ?? ''}
          min={filter.from}
          onChange={(e) => setFilter({ to: e.target.value })}
        />
      </label>
      <select
        className="input"
        aria-label={t('orders:ui.list.status')}
        value={filter.status ?? ''}
        onChange={(e) => setFilter({ status: (e.target.value || undefined) as OrderStatus | undefined })}
      >
        <option value="">{t('orders:ui.list.anyStatus')}</option>
        {ORDER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {label('orderStatus', s)}
          </option>
        ))}
      </select>
      <select
        className="input"
        aria-label={t('orders:ui.list.channel')}
        value={filter.channel ?? ''}
        onChange={(e) => setFilter({ channel: e.target.value })}
      >
        <option value="">{t('orders:ui.list.anyChannel')}</option>
        {facets?.channels.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <select
        className="input"
        aria-label={t('orders:ui.list.payment')}
        value={filter.paymentMethod ?? ''}
        onChange={(e) => setFilter({ paymentMethod: e.target.value })}
      >
        <option value="">{t('orders:ui.list.anyPayment')}</option>
        {facets?.paymentMethods.map((p) => (
          <option key={p} value={p}>
            {paymentLabel(t, p)}
          </option>
        ))}
      </select>
      <CustomerFilter />
      <label className="field-inline">
        <input type="checkbox" checked={filter.walkIn ?? false} onChange={(e) => setFilter({ walkIn: e.target.checked })} />
        <span>{t('orders:ui.list.walkInOnly')}</span>
      </label>
      {active && (
        <Button variant="ghost" size="sm" onClick={clearFilter}>
          {t('orders:ui.list.clearFilters')}
        </Button>
      )}
    </div>
  )
}
