import { useTranslation } from 'react-i18next'
import { DEMO_FILE_NAME } from '../../../src-shared/ipc/channels/app-types'
import { Button } from '../components/button'
import { i18n } from '../lib/i18n'
import { useShopSwitch } from '../lib/use-shop-switch'
import { registerSettingsSection } from '../registries/settings-sections'
import { useSettingsStore } from '../stores/settings'
import { ResetDemoButton } from './reset-demo-button'

/**
 * The demo shop on the Settings page: the way in once the owner's shop has data (a new
 * employee learns on it), the way back, and Reset demo.
 */
function ShopSection() {
  const { t } = useTranslation()
  const demo = useSettingsStore((s) => s.info?.shop === 'demo')
  const { busy, open } = useShopSwitch()
  return (
    <div className="stack">
      <p className="field-hint">{t('shop:settings.body', { file: DEMO_FILE_NAME })}</p>
      <div className="cluster">
        <Button variant="primary" disabled={busy} onClick={() => open(demo ? 'own' : 'demo')}>
          {busy ? t('shop:switching') : t(demo ? 'shop:banner.back' : 'shop:firstRun.demo.action')}
        </Button>
        <ResetDemoButton />
      </div>
    </div>
  )
}

export const registerShopSettingsSection = (): (() => void) =>
  registerSettingsSection({ id: 'shop.demo', order: 900, title: () => i18n.t('shop:settings.title'), Component: ShopSection })
