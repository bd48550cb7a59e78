import { useEffect } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { showToast, ToastViewport } from '../components/toast'
import { LockGate } from '../features/lock'
import { CommandPalette } from '../features/palette'
import { SecurityGate } from '../features/security'
import { TaskHost } from '../features/tasks/host'
import { i18n } from '../lib/i18n'
import { useSettingsStore } from '../stores/settings'
import { IntegrityAlert } from './integrity-alert'
import { preloadPages, Router } from './router'
import { setupShell } from './setup'
import { ShopBanner } from './shop-banner'
import { Sidebar } from './sidebar'
import { TopBar } from './top-bar'
import { useGlobalShortcuts } from './use-global-shortcuts'

/** The other pages' scripts load this long after start, out of the way of the start page's first rows. */
const PRELOAD_PAGES_MS = 1000

/** The whole renderer: sidebar, top bar, the routed page, the palette and the toasts. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <SecurityGate>
        <LockGate>
          <Shell />
        </LockGate>
      </SecurityGate>
    </I18nextProvider>
  )
}

function Shell() {
  const { t } = useTranslation()
  useEffect(() => setupShell(), [])
  useEffect(() => {
    // A page that fails to load here tries again on its visit, and says so there.
    const timer = setTimeout(() => void preloadPages().catch(() => undefined), PRELOAD_PAGES_MS)
    return () => clearTimeout(timer)
  }, [])
  useEffect(() => {
    useSettingsStore
      .getState()
      .load()
      .catch(() => showToast({ tone: 'error', message: i18n.t('common:bridgeMissing'), durationMs: 0 }))
  }, [])
  useGlobalShortcuts()

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Sidebar />
      <div className="shell__main">
        <ShopBanner />
        <TopBar />
        <main id="main" className="content" tabIndex={-1}>
          <Router />
        </main>
      </div>
      <CommandPalette />
      <ToastViewport />
      <IntegrityAlert />
      <TaskHost />
    </div>
  )
}
