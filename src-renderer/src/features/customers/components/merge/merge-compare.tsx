import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import {
  fieldMerge,
  MERGE_FIELDS,
  type MergeChoices,
  type MergeField,
  type MergeSide,
} from '../../../../../../src-shared/domain/customer-merge'
import { useFormat } from '../../../../lib/use-format'
import { TagChips } from '../tag-chips'

interface MergeCompareProps {
  keep: CustomerDetail
  merge: CustomerDetail
  choices: MergeChoices
  onChoose(field: MergeField, side: MergeSide): void
}

/**
 * The two customers side by side, which one stays and which one is merged in: every field, and
 * a choice where both have a different value; then what each brings (created, orders, lifetime
 * value, tags, notes), which all add up on the one that stays.
 */
export function MergeCompare({ keep, merge, choices, onChoose }: MergeCompareProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const show = (field: MergeField, value: string | null): string => {
    if (value === null) return t('customers:ui.merge.none')
    if (field === 'gender') return t(`customers:gender.${value as 'female' | 'male' | 'other'}`)
    return field === 'birthday' ? f.date(value) : value
  }
  const info: [string, (c: CustomerDetail) => ReactNode][] = [
    [t('customers:ui.merge.created'), (c) => f.date(c.createdAt)],
    [t('customers:fields.orderCount'), (c) => f.number(c.stats.orderCount)],
    [t('customers:fields.lifetimeValue'), (c) => f.money(c.stats.lifetimeValue)],
    [t('customers:fields.tags'), (c) => <TagChips tags={c.tags} />],
    [t('customers:fields.notes'), (c) => <span className="merge-compare__notes">{c.notes || t('customers:ui.merge.none')}</span>],
  ]
  return (
    <table className="data-table data-table--wrap merge-compare" aria-label={t('customers:ui.merge.compare')}>
      <thead>
        <tr>
          <th scope="col">{t('customers:ui.merge.field')}</th>
          <Side name={keep.name} label="keeps" hint="keepsHint" />
          <Side name={merge.name} label="mergedIn" hint="mergedInHint" />
        </tr>
      </thead>
      <tbody>
        {MERGE_FIELDS.map((field) => {
          const how = fieldMerge(field, keep[field], merge[field])
          const label = t(`customers:fields.${field}`)
          const cell = (side: MergeSide, value: string | null) =>
            how === 'conflict' ? (
              <label className="merge-compare__choice">
                <input
                  type="radio"
                  name={`merge-${field}`}
                  checked={(choices[field] ?? 'keep') === side}
                  aria-label={t('customers:ui.merge.pickValue', { value: show(field, value), field: label })}
                  onChange={() => onChoose(field, side)}
                />
                <span>{show(field, value)}</span>
              </label>
            ) : (
              <span className={side === 'merge' && how === 'fill' ? 'merge-compare__taken' : undefined}>
                {show(field, value)}
              </span>
            )
          return (
            <tr key={field} className={how === 'conflict' ? 'merge-compare__conflict' : undefined}>
              <th scope="row">{label}</th>
              <td>{cell('keep', keep[field])}</td>
              <td>
                {cell('merge', merge[field])}
                {how === 'fill' && <small className="muted"> · {t('customers:ui.merge.only')}</small>}
              </td>
            </tr>
          )
        })}
        {info.map(([label, render]) => (
          <tr key={label} className="merge-compare__info">
            <th scope="row">{label}</th>
            <td>{render(keep)}</td>
            <td>{render(merge)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Side({ name, label, hint }: { name: string; label: 'keeps' | 'mergedIn'; hint: 'keepsHint' | 'mergedInHint' }) {
  const { t } = useTranslation()
  return (
    <th scope="col">
      {t(`customers:ui.merge.${label}`, { name })}
      <small className="merge-compare__hint">{t(`customers:ui.merge.${hint}`)}</small>
    </th>
  )
}
