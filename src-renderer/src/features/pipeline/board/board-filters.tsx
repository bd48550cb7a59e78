import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useFormat } from '../../../lib/use-format'
import { usePageShortcuts } from '../../../lib/use-page-shortcuts'
import { translateMessage } from '../../../lib/validate'
import { CustomerPicker, type PickedCustomer } from '../components/customer-picker'
import { moneyText, readMoney } from '../lib/money-input'
import { isFiltered, useBoardStore } from '../stores/board'

/** A value bound of the filter, typed as money; applied on Enter or when the field is left. */
function ValueBound({ label, bound }: { label: string; bound: 'minValue' | 'maxValue' }) {
  const { t } = useTranslation()
  const { currency } = useFormat()
  const value = useBoardStore((s) => s.filter[bound])
  const [text, setText] = useState(() => moneyText(value, currency))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setText(moneyText(value, currency)), [value, currency])
  const apply = (): void => {
    const parsed = readMoney(text, currency)
    if (!parsed.ok) return setError(translateMessage(parsed.message, t))
    setError(null)
    const { filter, setFilter } = useBoardStore.getState()
    if (filter[bound] !== parsed.value) setFilter({ ...filter, [bound]: parsed.value })
  }
  return (
    <label className="field-inline">
      <span>{label}</span>
      <input
        className="input input--sm board-filters__money"
        inputMode="decimal"
        value={text}
        aria-invalid={error !== null}
        title={error ?? undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => event.key === 'Enter' && apply()}
      />
      {error && <span className="form-error">{error}</span>}
    </label>
  )
}

/** Text, customer, stale only, closing this month, value range: they narrow cards and figures alike. */
export function BoardFilters() {
  const { t } = useTranslation()
  const filter = useBoardStore((s) => s.filter)
  const filtered = useBoardStore(isFiltered)
  const [text, setText] = useState(filter.text ?? '')
  const [customer, setCustomer] = useState<PickedCustomer | null>(null)
  const settled = useDebouncedValue(text.trim(), 250)
  const search = useRef<HTMLInputElement>(null)
  usePageShortcuts({ '/': () => search.current?.focus() })
  useEffect(() => {
    const { filter: current, setFilter } = useBoardStore.getState()
    if ((current.text ?? '') !== settled) setFilter({ ...current, text: settled || undefined })
  }, [settled])
  const patch = (change: object): void => {
    const { filter: current, setFilter } = useBoardStore.getState()
    setFilter({ ...current, ...change })
  }
  return (
    <div className="cluster board-filters" role="search" aria-label={t('pipeline:filters.label')}>
      <input
        ref={search}
        type="search"
        className="input board-filters__text"
        value={text}
        maxLength={100}
        aria-label={t('pipeline:filters.text')}
        aria-keyshortcuts="/"
        placeholder={t('pipeline:filters.textPlaceholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <CustomerPicker
        label={t('pipeline:filters.customer')}
        value={customer}
        placeholder={t('pipeline:filters.anyCustomer')}
        clearLabel={t('pipeline:form.clearCustomer')}
        onChange={(picked) => {
          setCustomer(picked)
          patch({ customerId: picked?.id })
        }}
      />
      <label className="field-inline">
        <input
          type="checkbox"
          checked={filter.staleOnly ?? false}
          onChange={(e) => patch({ staleOnly: e.target.checked || undefined })}
        />
        {t('pipeline:filters.staleOnly')}
      </label>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={filter.closingThisMonth ?? false}
          onChange={(e) => patch({ closingThisMonth: e.target.checked || undefined })}
        />
        {t('pipeline:filters.closingThisMonth')}
      </label>
      <span className="board-filters__range">
        <ValueBound label={t('pipeline:filters.minValue')} bound="minValue" />
        <ValueBound label={t('pipeline:filters.maxValue')} bound="maxValue" />
      </span>
      {filtered && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setText('')
            setCustomer(null)
            useBoardStore.getState().setFilter({})
          }}
        >
          {t('pipeline:filters.clear')}
        </Button>
      )}
    </div>
  )
}
