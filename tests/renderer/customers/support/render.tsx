import type { RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { initialCustomerListState, useCustomerListStore } from '../../../../src-renderer/src/features/customers/stores/list'
import { initialNavigationState, useNavigationStore } from '../../../../src-renderer/src/stores/navigation'
import type { Locale } from '../../../../src-shared/i18n'
import { renderKit } from '../../support/render-kit'

export { VIEWPORT_HEIGHT } from '../../support/grid-viewport'

/** Renders a customers component in the given UI language with fresh stores and the toasts. */
export async function renderCustomers(ui: ReactElement, locale: Locale = 'en'): Promise<RenderResult> {
  useCustomerListStore.setState(initialCustomerListState())
  useNavigationStore.setState(initialNavigationState)
  return renderKit(ui, locale)
}
