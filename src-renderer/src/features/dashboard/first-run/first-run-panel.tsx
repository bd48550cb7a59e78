import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { EmptyState } from '../../../components/empty-state'
import type { IconName } from '../../../components/icons'
import { Icon } from '../../../components/icons'
import { useShopSwitch } from '../../../lib/use-shop-switch'
import { useNavigationStore, type Route } from '../../../stores/navigation'
import { DEMO_SHOP_SIZE } from '../../../../../src-shared/ipc/channels/app-types'
import './first-run.css'

type Step = 'import' | 'customer' | 'order'

const STEPS: { step: Step; icon: IconName; route: Route }[] = [
  { step: 'import', icon: 'plus', route: { page: 'csv' } },
  { step: 'customer', icon: 'customers', route: { page: 'customers', intent: 'new' } },
  { step: 'order', icon: 'orders', route: { page: 'orders', intent: 'new' } },
]

/** An empty shop's dashboard: the first steps (import, a customer, an order) and the demo shop to learn on. */
export function FirstRunPanel() {
  const { t } = useTranslation()
  const navigate = useNavigationStore((s) => s.navigate)
  const { busy, open } = useShopSwitch()
  const demo = (
    <div className="first-run__demo">
      <h3>{t('shop:firstRun.demo.title')}</h3>
      <p>{t('shop:firstRun.demo.body', { customers: DEMO_SHOP_SIZE.customers })}</p>
      <Button variant="primary" icon="dashboard" disabled={busy} onClick={() => open('demo')}>
        {busy ? t('shop:switching') : t('shop:firstRun.demo.action')}
      </Button>
    </div>
  )
  return (
    <EmptyState
      icon="dashboard"
      title={t('shop:firstRun.title')}
      body={t('shop:firstRun.body')}
      action={
        <div className="first-run">
          <ul className="first-run__steps">
            {STEPS.map(({ step, icon, route }) => (
              <li key={step} className="first-run__step">
                <Icon name={icon} size={20} aria-hidden="true" />
                <div>
                  <h3>{t(`shop:firstRun.${step}.title`)}</h3>
                  <p>{t(`shop:firstRun.${step}.body`)}</p>
                </div>
                <Button onClick={() => navigate(route)}>{t(`shop:firstRun.${step}.action`)}</Button>
              </li>
            ))}
          </ul>
          {demo}
        </div>
      }
    />
  )
}
