import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'
import { PAGE_META, useNavigationStore } from '../../stores/navigation'

export type ComingSoonPageName = 'marketing'

const COPY = {
  marketing: { title: 'marketing.title', body: 'marketing.body' },
} as const satisfies Record<ComingSoonPageName, { title: string; body: string }>

/**
 * An honest placeholder for a page whose feature has not landed: what it will do, and a next
 * step that works today. Replace the route's line in `app/router.tsx` when the feature lands.
 */
export function ComingSoonPage({ page }: { page: ComingSoonPageName }) {
  const { t } = useTranslation(['empty', 'nav'])
  const navigate = useNavigationStore((s) => s.navigate)
  return (
    <div className="page">
      <PageHeader title={t(PAGE_META[page].label)} />
      <EmptyState
        icon={PAGE_META[page].icon}
        eyebrow={t('empty:comingSoon')}
        title={t(`empty:${COPY[page].title}`)}
        body={t(`empty:${COPY[page].body}`)}
        action={
          <Button variant="primary" icon="customers" onClick={() => navigate({ page: 'customers' })}>
            {t('empty:nextStepCustomers')}
          </Button>
        }
      />
    </div>
  )
}
