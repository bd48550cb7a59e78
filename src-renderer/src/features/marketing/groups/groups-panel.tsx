import { ClustersSection } from './clusters-section'
import { RfmSection } from './rfm-section'

/** The Marketing page's "RFM & clusters" tab: the two ways of grouping buyers, in words. */
export function GroupsPanel() {
  return (
    <div className="stack marketing-groups">
      <RfmSection />
      <ClustersSection />
    </div>
  )
}
