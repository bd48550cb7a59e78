import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header'
import { PAGE_META } from '../../../stores/navigation'
import { FirstRunPanel } from './first-run-panel'

/** The dashboard of an empty shop: its title, and what to do next in place of the cards. */
export function FirstRunPage() {
  const { t } = useTranslation()
  return (
    <div className="page dashboard">
      <PageHeader title={t(PAGE_META.dashboard.label)} />
      <FirstRunPanel />
    </div>
  )
}
