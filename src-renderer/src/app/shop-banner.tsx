import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { takeReturnPage } from '../lib/shop-switch'
import { useShopSwitch } from '../lib/use-shop-switch'
import { useNavigationStore } from '../stores/navigation'
import { useSettingsStore } from '../stores/settings'
import { ResetDemoButton } from './reset-demo-button'
import './shop-banner.css'

/**
 * While the demo shop is open, a banner above every page and the window title say so, with
 * the one click back to the owner's shop. After a switch (the window reloads) the page the
 * user was on is shown again.
 */
export function ShopBanner() {
  const { t, i18n } = useTranslation()
  const demo = useSettingsStore((s) => s.info?.shop === 'demo')
  const { busy, open } = useShopSwitch()
  useEffect(() => {
    const page = takeReturnPage()
    if (page) useNavigationStore.getState().replace({ page })
  }, [])
  useEffect(() => {
    if (demo) document.title = t('shop:windowTitle', { app: t('appName') })
  }, [demo, t, i18n.resolvedLanguage])

  if (!demo) return null
  return (
    <section className="shop-banner" aria-label={t('shop:banner.label')}>
      <p className="shop-banner__text">
        <strong>{t('shop:banner.title')}</strong> <span>{t('shop:banner.body')}</span>
      </p>
      <ResetDemoButton variant="ghost" size="sm" />
      <Button size="sm" variant="primary" disabled={busy} onClick={() => open('own')}>
        {busy ? t('shop:switching') : t('shop:banner.back')}
      </Button>
    </section>
  )
}
