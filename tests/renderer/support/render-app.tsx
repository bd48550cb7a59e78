import { act, cleanup, render, screen, type RenderResult } from '@testing-library/react'
import { App } from '../../../src-renderer/src/app/app'
import { preloadPages } from '../../../src-renderer/src/app/router'
import { useToastStore } from '../../../src-renderer/src/components/toast'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { initialNavigationState, useNavigationStore } from '../../../src-renderer/src/stores/navigation'
import { usePaletteStore } from '../../../src-renderer/src/stores/palette'
import { initialSettingsState, useSettingsStore, type Settings } from '../../../src-renderer/src/stores/settings'
import { installFakeBridge } from './fake-bridge'

export const fake = installFakeBridge()

/** Fresh stores, the given persisted settings, the whole App rendered and settings loaded. */
export async function renderApp(settings: Partial<Settings> = {}): Promise<RenderResult> {
  fake.reset(settings)
  useNavigationStore.setState(initialNavigationState)
  useSettingsStore.setState(initialSettingsState())
  usePaletteStore.setState({ open: false })
  useToastStore.setState({ toasts: [] })
  await i18n.changeLanguage('en')
  // Lazy routes: with their scripts loaded, a page shows as soon as it is navigated to, as in the app after start.
  await preloadPages()
  const result = render(<App />)
  await act(async () => {
    await Promise.resolve()
  })
  await screen.findByRole('navigation')
  return result
}

export { cleanup }
