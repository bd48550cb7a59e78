import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../../src-shared/domain/deal-types'
import { Badge } from '../../../components/badge'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'

const TONE = { open: 'accent', won: 'success', lost: 'neutral' } as const

/** The deal's title, status and value at a glance; edit, delete (with Undo) and restore. */
export function DealHeader({ deal, onBack, onEdit }: { deal: DealDetail; onBack(): void; onEdit(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const deleted = deal.deletedAt !== null
  const restore = (): Promise<unknown> =>
    run(() => call('deals.restore', { id: deal.id })).then(
      (done) => done && showToast({ tone: 'success', message: t('pipeline:deal.restored', { title: deal.title }) }),
    )
  const remove = (): Promise<unknown> =>
    run(() => call('deals.delete', { id: deal.id })).then(
      (done) =>
        done &&
        showToast({
          tone: 'success',
          message: t('pipeline:deal.deleted', { title: deal.title }),
          action: { label: t('common:undo'), onAction: () => void restore() },
        }),
    )
  return (
    <header className="deal-header">
      <div className="deal-header__who">
        <Button size="sm" variant="ghost" icon="back" onClick={onBack}>
          {t('pipeline:deal.back')}
        </Button>
        <h1 className="deal-header__name">{deal.title}</h1>
        <p className="cluster">
          <Badge tone={TONE[deal.status]}>{t(`pipeline:status.${deal.status}`)}</Badge>
          {deleted && <Badge tone="danger">{t('pipeline:deal.inTrash')}</Badge>}
          <span className="muted">{t('pipeline:deal.inStage', { count: deal.daysInStage, stage: deal.stageName })}</span>
        </p>
      </div>
      <dl className="deal-stats">
        <div className="deal-stats__item">
          <dt>{t('pipeline:deal.value')}</dt>
          <dd className="tabular">{f.money(deal.value)}</dd>
        </div>
        <div className="deal-stats__item">
          <dt>{t('pipeline:deal.weighted')}</dt>
          <dd className="tabular">{f.money(deal.weighted)}</dd>
        </div>
      </dl>
      <div className="deal-header__actions">
        {deleted ? (
          <Button variant="primary" onClick={() => void restore()}>
            {t('pipeline:deal.restore')}
          </Button>
        ) : (
          <>
            <Button onClick={onEdit}>{t('pipeline:deal.edit')}</Button>
            <Button variant="danger" onClick={() => void remove()}>
              {t('pipeline:deal.delete')}
            </Button>
          </>
        )}
      </div>
    </header>
  )
}
