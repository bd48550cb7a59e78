import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'

/** What the merge will do, in words, before it happens — and what becomes of the other record. */
export function MergeSummary({ keep, merge }: { keep: CustomerDetail; merge: CustomerDetail }) {
  const { t } = useTranslation()
  const names = { from: merge.name, into: keep.name }
  const newTags = merge.tags.filter((tag) => !keep.tags.some((own) => own.id === tag.id))
  return (
    <section className="merge-summary" aria-live="polite">
      <h3>{t('customers:ui.merge.whatMoves', names)}</h3>
      <ul>
        <li>{t('customers:ui.merge.orders', { count: merge.stats.orderCount })}</li>
        <li>{t('customers:ui.merge.deals', { count: merge.openDeals.length })}</li>
        <li>{t('customers:ui.merge.tickets', { count: merge.openTickets.length })}</li>
        <li>{t('customers:ui.merge.timeline')}</li>
        {newTags.length > 0 && <li>{t('customers:ui.merge.tags', { tags: newTags.map((tag) => tag.name).join(', ') })}</li>}
        {merge.notes.trim() !== '' && <li>{t('customers:ui.merge.notes', names)}</li>}
      </ul>
      <p>{t('customers:ui.merge.setAside', names)}</p>
      <p className="merge-summary__what">{t('customers:ui.merge.whatHappens', names)}</p>
    </section>
  )
}
