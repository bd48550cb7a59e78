import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'

const FILLABLE = ['phone', 'email', 'code', 'gender', 'birthday', 'address', 'city', 'source'] as const

/** What a merge will do, in words, before it happens. */
export function MergePreview({ keep, merge }: { keep: CustomerDetail; merge: CustomerDetail }) {
  const { t } = useTranslation()
  const filled = FILLABLE.filter((field) => !keep[field] && merge[field])
  const newTags = merge.tags.filter((tag) => !keep.tags.some((own) => own.id === tag.id))
  return (
    <section className="merge-preview" aria-live="polite">
      <h3>{t('customers:ui.merge.whatMoves', { from: merge.name, into: keep.name })}</h3>
      <ul>
        <li>{t('customers:ui.merge.orders', { count: merge.stats.orderCount })}</li>
        <li>{t('customers:ui.merge.deals', { count: merge.openDeals.length })}</li>
        <li>{t('customers:ui.merge.tickets', { count: merge.openTickets.length })}</li>
        <li>{t('customers:ui.merge.timeline')}</li>
        {newTags.length > 0 && <li>{t('customers:ui.merge.tags', { tags: newTags.map((tag) => tag.name).join(', ') })}</li>}
        {filled.length > 0 && (
          <li>{t('customers:ui.merge.fills', { fields: filled.map((field) => t(`customers:fields.${field}`)).join(', ') })}</li>
        )}
      </ul>
      <p className="merge-preview__warning">{t('customers:ui.merge.noUndo', { from: merge.name })}</p>
    </section>
  )
}
