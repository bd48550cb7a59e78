/**
 * PLACEHOLDER owned by the customers feature (replace freely). The app shell's router renders
 *   <CustomersPage />                     for { page: 'customers', intent?: 'new' }
 *   <CustomerDetailPage id={route.id} />  for { page: 'customer', id }
 * so keep these two exports with props compatible with the types below. `intent: 'new'`
 * (read it with `useNavigationStore(selectRoute)`) means "open the new-customer form"; clear it
 * once handled with `replace({ page: 'customers' })` (stores/navigation).
 */
import { createElement } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/empty-state'

export interface CustomerDetailPageProps {
  id: string
}

export function CustomersPage() {
  const { t } = useTranslation('empty')
  return createElement(EmptyState, { icon: 'customers', title: t('customers.title'), body: t('customers.body') })
}

export function CustomerDetailPage(_props: CustomerDetailPageProps) {
  const { t } = useTranslation('empty')
  return createElement(EmptyState, { icon: 'customers', title: t('customers.title'), body: t('customers.body') })
}
