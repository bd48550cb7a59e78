import type { TFunction } from 'i18next'
import type { ComponentType } from 'react'
import type { MarketingTab } from '../../stores/navigation'
import { CampaignsTab } from './campaigns/campaigns-tab'
import { SegmentsTab } from './segments/segments-tab'
import { GroupsPanel } from './groups'
import { BundlesTab } from './bundles'

/** One tab of the Marketing page: its route value, its catalog key, its panel. */
export interface MarketingTabEntry {
  id: MarketingTab
  /** The tab's translated label. */
  label(t: TFunction): string
  Panel: ComponentType
}

/** The Marketing page's tabs, in order. Append-only: each marketing module adds its line. */
export const MARKETING_TABS: readonly MarketingTabEntry[] = [
  { id: 'segments', label: (t) => t('marketing-segments:tabs.segments'), Panel: SegmentsTab },
  { id: 'campaigns', label: (t) => t('marketing-campaigns:tab'), Panel: CampaignsTab },
  { id: 'groups', label: (t) => t('marketing-groups:tab'), Panel: GroupsPanel },
  { id: 'bundles', label: (t) => t('marketing-reach:bundles.tab'), Panel: BundlesTab },
]
