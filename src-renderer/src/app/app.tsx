import { useEffect } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { showToast, ToastViewport } from '../components/toast'
import { CommandPalette } from '../features/palette'
import { TaskHost } from '../features/tasks'
import { i18n } from '../lib/i18n'
import { useSettingsStore } from '../stores/settings'
import { IntegrityAlert } from './integrity-alert'
import { Router } from './router'
import { setupShell } from './setup'
import { Sidebar } from './sidebar'
import { TopBar } from './top-bar'
import { useGlobalShortcuts } from './use-global-shortcuts'

/** The whole renderer: sidebar, top bar, the routed page, the palette and the toasts. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  )
}

function Shell() {
  const { t } = useTranslation()
  useEffect(() => setupShell(), [])
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
