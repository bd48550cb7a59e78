import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'

/** Undoes an order's cancellation (from the order page, or the toast right after cancelling). */
export function useUndoCancel(): (order: Pick<OrderDetail, 'id' | 'number'>) => Promise<void> {
  const { t } = useTranslation()
  const run = useActionRunner()
  return useCallback(
    async (order) => {
      const done = await run(() => call('orders.undoCancel', { id: order.id }))
      if (done) showToast({ tone: 'success', message: t('orders:ui.detail.restored', { number: order.number }) })
    },
    [run, t],
  )
}
