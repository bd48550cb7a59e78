import { useState } from 'react'
import { CampaignList } from './campaign-list'
import { CampaignPage } from './campaign-page'
import './campaigns.css'

/** The Campaigns tab: the list with ROI at a glance, or one campaign's page. */
export function CampaignsTab() {
  const [open, setOpen] = useState<number | null>(null)
  return open === null ? <CampaignList onOpen={setOpen} /> : <CampaignPage id={open} onBack={() => setOpen(null)} />
}
