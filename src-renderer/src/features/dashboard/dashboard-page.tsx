import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { PAGE_META } from '../../stores/navigation'
import { BundlesCard } from './cards/bundles-card'
import { CampaignsCard } from './cards/campaigns-card'
import { ChurnCard } from './cards/churn-card'
import { ClustersCard } from './cards/clusters-card'
import { ForecastCard } from './cards/forecast-card'
import { FunnelCard } from './cards/funnel-card'
import { RfmCard } from './cards/rfm-card'
import { ServiceCard } from './cards/service-card'
import { ServiceDetailCard } from './cards/service-charts'

/**
 * The shop's analyses on one page, one card each. Every card asks its own channel, so the page
 * is up at once and each card fills in when its analysis answers (the heavy ones in the worker).
 */
export function DashboardPage() {
  const { t } = useTranslation()
  return (
    <div className="page dashboard">
      <PageHeader title={t(PAGE_META.dashboard.label)} subtitle={t('dashboard:intro')} />
      <div className="dashboard__grid">
        <ForecastCard />
        <FunnelCard />
        <ServiceCard />
        <ServiceDetailCard />
        <CampaignsCard />
        <RfmCard />
        <ClustersCard />
        <BundlesCard />
        <ChurnCard />
      </div>
    </div>
  )
}
