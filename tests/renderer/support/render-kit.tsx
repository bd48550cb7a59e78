import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ToastViewport, useToastStore } from '../../../src-renderer/src/components/toast'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import type { Locale } from '../../../src-shared/i18n'

/** Renders a kit component in the given UI language, with the toasts it may show. */
export async function renderKit(ui: ReactElement, locale: Locale = 'en'): Promise<RenderResult> {
  useToastStore.setState({ toasts: [] })
  await i18n.changeLanguage(locale)
  return render(
    <I18nextProvider i18n={i18n}>
      {ui}
      <ToastViewport />
    </I18nextProvider>,
  )
}
