import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from '../../../components/icon-button'
import { useFormat } from '../../../lib/use-format'
import { LineColumnsHead } from '../lines/line-columns-head'
import type { DraftLine } from './draft'
import type { OrderForm } from './use-order-form'

type LineField = 'description' | 'quantity' | 'unitPrice' | 'discount'

interface LineRowsProps {
  form: OrderForm
  /** Enter in a line's box: back to adding items. */
  onNext(): void
}

/** The order's items: quantity, unit price and discount editable, each line's total as you type. */
export function LineRows({ form, onNext }: LineRowsProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const { draft, totals } = form
  if (draft.lines.length === 0) return <p className="muted order-form__no-lines">{t('orders:ui.form.noLines')}</p>
  const setLine = (index: number, patch: Partial<DraftLine>): void =>
    form.update((d) => ({ ...d, lines: d.lines.with(index, { ...d.lines[index], ...patch }) }))
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    onNext()
  }
  const box = (line: DraftLine, index: number, field: LineField, label: string, className = 'input input--sm') => {
    const path = `lines.${index}.${field}`
    const error = form.errorOf(path)
    return (
      <>
        <input
          name={path}
          className={className}
          inputMode={field === 'description' ? undefined : 'decimal'}
          aria-label={`${label} — ${line.description || index + 1}`}
          aria-invalid={Boolean(error)}
          title={error}
          value={line[field]}
          onChange={(e) => setLine(index, { [field]: e.target.value })}
          onBlur={() => form.touch(path)}
          onKeyDown={onKeyDown}
        />
        {error && <span className="form-field__error order-form__cell-error">{error}</span>}
      </>
    )
  }
  return (
    <table className="data-table order-form__lines">
      <LineColumnsHead
        extra={
          <th scope="col">
            <span className="visually-hidden">{t('orders:ui.form.remove')}</span>
          </th>
        }
      />
      <tbody>
        {draft.lines.map((line, index) => (
          <tr key={line.key}>
            <td>
              {line.productId === null ? (
                box(line, index, 'description', t('orders:ui.form.description'))
              ) : (
                <>
                  {line.description} <span className="muted tabular">{line.sku}</span>
                </>
              )}
            </td>
            <td className="num">
              {box(line, index, 'quantity', t('orders:ui.form.quantity'), 'input input--sm order-form__qty')}
            </td>
            <td className="num">
              {box(line, index, 'unitPrice', t('orders:ui.form.unitPrice'), 'input input--sm order-form__amount')}
            </td>
            <td className="num">
              {box(line, index, 'discount', t('orders:ui.form.lineDiscount'), 'input input--sm order-form__amount')}
            </td>
            <td className="num tabular">{f.money(totals.lineTotals[index])}</td>
            <td>
              <IconButton
                icon="close"
                aria-label={t('orders:ui.form.removeLine', { name: line.description })}
                onClick={() => form.update((d) => ({ ...d, lines: d.lines.filter((l) => l.key !== line.key) }))}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
