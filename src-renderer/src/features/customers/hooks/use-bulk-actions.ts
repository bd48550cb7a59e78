import { useTranslation } from 'react-i18next'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { inChunks, resolveSelection } from '../api/resolve-selection'
import { emptySelection } from '../../../lib/selection'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useCustomerListStore, type CustomerQuery } from '../stores/list'

/** What the bulk bar can do with the ticked customers; results and Undo appear as toasts. */
export function useBulkActions(query: CustomerQuery) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const selection = useCustomerListStore((s) => s.selection)
  const setSelection = useCustomerListStore((s) => s.setSelection)

  const withIds = (action: (ids: number[]) => Promise<void>): Promise<void | undefined> =>
    run(async () => {
      const ids = await resolveSelection(selection, query)
      if (ids.length === 0) return
      await action(ids)
      setSelection(emptySelection<number>())
    })

  const restore = (ids: number[]): Promise<number> => inChunks(ids, (chunk) => call('customers.restore', { ids: chunk }))

  return {
    remove: () =>
      withIds(async (ids) => {
        const count = await inChunks(ids, (chunk) => call('customers.delete', { ids: chunk }))
        showToast({
          tone: 'success',
          message: t('customers:ui.bulk.deleted', { count }),
          action: { label: t('common:undo'), onAction: () => void run(() => restore(ids)) },
        })
      }),
    restore: () =>
      withIds(async (ids) => {
        const count = await restore(ids)
        showToast({ tone: 'success', message: t('customers:ui.bulk.restored', { count }) })
      }),
    tag: (tag: { tagId: number } | { tagName: string }) =>
      withIds(async (ids) => {
        await inChunks(ids, (chunk) => call('customers.tag', { ids: chunk, ...tag }))
        showToast({ tone: 'success', message: t('customers:ui.bulk.tagged', { count: ids.length }) })
      }),
    untag: (tagId: number) =>
      withIds(async (ids) => {
        await inChunks(ids, (chunk) => call('customers.untag', { ids: chunk, tagId }))
        showToast({ tone: 'success', message: t('customers:ui.bulk.untagged', { count: ids.length }) })
      }),
  }
}
