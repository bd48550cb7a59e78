import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../src-shared/domain/customer-types'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'

/** Delete is soft and says so, with Undo in the toast (no "Are you sure?"). */
export function useDeleteCustomer() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const restore = (customer: Pick<CustomerDetail, 'id' | 'name'>): Promise<boolean> =>
    run(() => call('customers.restore', { ids: [customer.id] })).then((done) => {
      if (done) showToast({ tone: 'success', message: t('customers:ui.detail.restored', { name: customer.name }) })
      return done !== undefined
    })
  const remove = (customer: Pick<CustomerDetail, 'id' | 'name'>): Promise<boolean> =>
    run(() => call('customers.delete', { ids: [customer.id] })).then((done) => {
      if (!done) return false
      showToast({
        tone: 'success',
        message: t('customers:ui.detail.deleted', { name: customer.name }),
        action: { label: t('common:undo'), onAction: () => void restore(customer) },
      })
      return true
    })
  return { remove, restore }
}
