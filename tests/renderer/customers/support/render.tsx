import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ToastViewport, useToastStore } from '../../../../src-renderer/src/components/toast'
import { initialCustomerListState, useCustomerListStore } from '../../../../src-renderer/src/features/customers/stores/list'
import { i18n } from '../../../../src-renderer/src/lib/i18n'
import { initialNavigationState, useNavigationStore } from '../../../../src-renderer/src/stores/navigation'
import type { Locale } from '../../../../src-shared/i18n'

export { VIEWPORT_HEIGHT } from '../../support/grid-viewport'

/** Renders a customers component in the given UI language with fresh stores and the toasts. */
export async function renderCustomers(ui: ReactElement, locale: Locale = 'en'): Promise<RenderResult> {
  useCustomerListStore.setState(initialCustomerListState())
  useNavigationStore.setState(initialNavigationState)
  useToastStore.setState({ toasts: [] })
  await i18n.changeLanguage(locale)
  return render(
    <I18nextProvider i18n={i18n}>
      {ui}
      <ToastViewport />
    </I18nextProvider>,
  )
}
