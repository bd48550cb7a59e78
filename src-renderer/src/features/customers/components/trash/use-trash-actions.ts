import { useTranslation } from 'react-i18next'
import type { TrashRow } from '../../../../../../src-shared/domain/customer-merge'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { inChunks } from '../../api/resolve-selection'

/** As long as the Undo of "delete for good" is offered; the delete happens when it goes. */
export const PURGE_UNDO_MS = 10_000

/**
 * What the Trash can do: restore, undo a merge, and delete for good with an Undo toast. Deleting
 * for good only takes the rows out of the Trash; they are deleted when the toast goes without
 * Undo (expired or dismissed), or when the app closes first.
 */
export function useTrashActions() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const restore = async (ids: number[]): Promise<void> => {
    const count = await run(() => inChunks(ids, (chunk) => call('customers.restore', { ids: chunk })))
    if (count !== undefined) showToast({ tone: 'success', message: t('customers:ui.bulk.restored', { count }) })
  }
  const undoMerge = async (row: Pick<TrashRow, 'id' | 'name'>): Promise<void> => {
    const result = await run(() => call('customers.undoMerge', { id: row.id }))
    if (!result) return
    const fields = result.editedSince.map((field) => t(`customers:fields.${field}`)).join(', ')
    const message = fields
      ? t('customers:ui.merge.undoneEdited', { name: row.name, fields })
      : t('customers:ui.merge.undone', { name: row.name })
    showToast({ tone: 'success', message })
  }
  const deleteForGood = async (target: number[] | 'all'): Promise<void> => {
    const requests = await run(async () => {
      if (target === 'all') return [await call('customers.purge', { all: true })]
      const batches: { batch: string; count: number }[] = []
      await inChunks(target, async (chunk) => {
        const request = await call('customers.purge', { ids: chunk })
        batches.push(request)
        return request
      })
      return batches
    })
    const count = requests?.reduce((sum, r) => sum + r.count, 0) ?? 0
    if (!requests || count === 0) return
    const each = (channel: 'customers.cancelPurge' | 'customers.confirmPurge') =>
      run(() => Promise.all(requests.map(({ batch }) => call(channel, { batch }))))
    showToast({
      tone: 'success',
      message: t('customers:ui.trash.purged', { count }),
      durationMs: PURGE_UNDO_MS,
      action: {
        label: t('common:undo'),
        onAction: () =>
          void each('customers.cancelPurge').then(
            (done) => done && showToast({ tone: 'success', message: t('customers:ui.trash.purgeUndone', { count }) }),
          ),
      },
      onClose: (reason) => void (reason !== 'action' && each('customers.confirmPurge')),
    })
  }
  return { restore, undoMerge, deleteForGood }
}
