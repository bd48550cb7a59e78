import { useTranslation } from 'react-i18next'
import type { TaskBlock, UnplannedDeal } from '../../../../../src-shared/domain/task-types'
import { Button } from '../../../components/button'
import { Section } from '../../../components/section'
import { useFormat } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'
import { useTaskUi } from '../stores/task-ui'
import { MoreRows } from './today-block'

/** Open deals with nothing planned, each with "Plan a follow-up" (Enter on the row). */
export function UnplannedDeals({ block, onMore }: { block: TaskBlock<UnplannedDeal>; onMore(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const plan = (deal: UnplannedDeal): void =>
    useTaskUi.getState().openEditor({
      mode: 'new',
      link: { kind: 'deal', id: deal.id },
      linkName: [deal.customer?.name, deal.title].filter(Boolean).join(' · '),
    })
  return (
    <Section title={`${t('tasks:today.unplanned')} · ${block.total}`}>
      {block.rows.length === 0 ? (
        <p className="muted">{t('tasks:today.unplannedEmpty')}</p>
      ) : (
        <ul className="task-list">
          {block.rows.map((deal) => (
            <li
              key={deal.id}
              className="task-item unplanned-deal"
              data-nav-row
              tabIndex={-1}
              aria-label={deal.title}
              onKeyDown={(event) => {
                if (event.target !== event.currentTarget || event.key !== 'Enter') return
                event.preventDefault()
                plan(deal)
              }}
            >
              <span className="task-item__title">{deal.title}</span>
              <span className="task-item__meta">
                {deal.customer && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate({ page: 'customer', id: String(deal.customer!.id) })}
                  >
                    {deal.customer.name}
                  </button>
                )}
                <span className="tabular">
                  {t('tasks:today.unplannedHint', { stage: deal.stageName, value: f.money(deal.value) })}
                </span>
                {deal.expectedClose && (
                  <span className="muted">{t('tasks:today.expectedClose', { date: f.date(deal.expectedClose) })}</span>
                )}
              </span>
              <Button size="sm" icon="plus" className="unplanned-deal__plan" onClick={() => plan(deal)}>
                {t('tasks:today.planFollowUp')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <MoreRows shown={block.rows.length} total={block.total} onMore={onMore} />
    </Section>
  )
}
