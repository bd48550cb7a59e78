import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { Badge } from '../../../../components/badge'
import { Button } from '../../../../components/button'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import { CopyButton } from './copy-button'
import { TagEditor } from './tag-editor'

interface DetailHeaderProps {
  customer: CustomerDetail
  onBack(): void
  onMerge(): void
  onDelete(): void
  onRestore(): void
  onChanged(): void
}

/** Who this is at a glance: name, phone (copy), tags, and what they are worth to the shop. */
export function DetailHeader({ customer, onBack, onMerge, onDelete, onRestore, onChanged }: DetailHeaderProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const { stats } = customer
  const deleted = customer.deletedAt !== null
  const mergedInto = useQuery('customers.get', customer.mergedIntoId === null ? null : { id: customer.mergedIntoId }, {
    entities: ['customers'],
  }).data
  return (
    <header className="detail-header">
      <div className="detail-header__who">
        <Button size="sm" variant="ghost" icon="back" onClick={onBack}>
          {t('common:back')}
        </Button>
        <h1 className="detail-header__name">{customer.name}</h1>
        {deleted && customer.mergedIntoId === null && <Badge tone="danger">{t('customers:ui.detail.inTrash')}</Badge>}
        {mergedInto && <Badge tone="accent">{t('customers:ui.trash.mergedInto', { name: mergedInto.name })}</Badge>}
        {customer.phone && (
          <p className="detail-header__phone">
            <span className="tabular">{customer.phone}</span>
            <CopyButton text={customer.phone} label={t('customers:ui.detail.copyPhone')} />
          </p>
        )}
        <TagEditor customerId={customer.id} tags={customer.tags} onChanged={onChanged} />
      </div>
      <dl className="detail-stats">
        <Stat label={t('customers:fields.lifetimeValue')} value={f.money(stats.lifetimeValue)} />
        <Stat label={t('customers:fields.orderCount')} value={f.number(stats.orderCount)} />
        <Stat label={t('customers:fields.averageOrder')} value={f.money(stats.averageOrder)} />
        <Stat label={t('customers:fields.lastPurchaseAt')} value={stats.lastPurchaseAt ? f.date(stats.lastPurchaseAt) : '—'} />
      </dl>
      <div className="detail-header__actions">
        {deleted ? (
          <Button variant="primary" onClick={onRestore}>
            {t(customer.mergedIntoId === null ? 'customers:ui.bulk.restore' : 'customers:ui.trash.undoMerge')}
          </Button>
        ) : (
          <>
            <Button onClick={onMerge}>{t('customers:ui.merge.open')}</Button>
            <Button variant="danger" onClick={onDelete}>
              {t('customers:ui.bulk.delete')}
            </Button>
          </>
        )}
      </div>
    </header>
  )
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="detail-stats__item">
      <dt>{label}</dt>
      <dd className="tabular">{value}</dd>
    </div>
  )
}
