import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { PAGE_META } from '../../stores/navigation'
import { BundlesCard } from './cards/bundles-card'
import { CampaignsCard } from './cards/campaigns-card'
import { ChurnCard } from './cards/churn-card'
import { ClustersCard } from './cards/clusters-card'
import { FunnelCard } from './cards/funnel-card'
import { RfmCard } from './cards/rfm-card'
import { ServiceCard } from './cards/service-card'
import { BeforeAfterCard } from './before-after/before-after-card'
import { PrintReport } from './print/print-report'
import { FirstRunPage } from './first-run/first-run-page'
import { useEmptyShop } from './first-run/use-empty-shop'
import { PeriodPicker } from './period/period-picker'
import { KpiTiles } from './tiles/kpi-tiles'
import { RevenueTrend } from './trend/revenue-trend'
import { ServiceDetailCard } from './cards/service-charts'

/**
 * The shop's figures for one period (the picker in the header) against the previous one: the
 * tiles, then the analyses, one card each. Every card asks its own channel, so the page
 * is up at once and each card fills in when its analysis answers (the heavy ones in the worker).
 */
export function DashboardPage() {
  const { t } = useTranslation()
  const emptyShop = useEmptyShop()
  if (emptyShop) return <FirstRunPage />
  return (
    <div className="page dashboard">
      <PageHeader title={t(PAGE_META.dashboard.label)} subtitle={t('dashboard:intro')} actions={<PeriodPicker />} />
      <KpiTiles />
      <PrintReport />
      <div className="dashboard__grid">
        <RevenueTrend />
        <FunnelCard />
        <ServiceCard />
        <ServiceDetailCard />
        <CampaignsCard />
        <RfmCard />
        <ClustersCard />
        <BundlesCard />
        <ChurnCard />
        <BeforeAfterCard />
      </div>
    </div>
  )
}
