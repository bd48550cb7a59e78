import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { SegmentedControl } from '../../components/segmented-control'
import { selectRoute, useNavigationStore } from '../../stores/navigation'
import { MARKETING_TABS } from './marketing-tabs'

/** The Marketing page: one tab per marketing module (MARKETING_TABS), the tab in the route. */
export function MarketingPage() {
  const { t } = useTranslation()
  const route = useNavigationStore(selectRoute)
  const replace = useNavigationStore((s) => s.replace)
  const asked = route.page === 'marketing' ? route.tab : undefined
  const tab = MARKETING_TABS.find((entry) => entry.id === asked) ?? MARKETING_TABS[0]
  return (
    <div className="page marketing-page">
      <PageHeader
        title={t('nav:marketing')}
        actions={
          MARKETING_TABS.length > 1 && (
            <SegmentedControl
              label={t('marketing-segments:page.tabs')}
              hideLabel
              value={tab.id}
              options={MARKETING_TABS.map((entry) => ({ value: entry.id, label: entry.label(t) }))}
              onChange={(next) => replace({ page: 'marketing', tab: next })}
            />
          )
        }
      />
      <tab.Panel />
    </div>
  )
}
