import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import type { MergeChoices } from '../../../../../../src-shared/domain/customer-merge'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'

/** Undo stays offered for a while: a merge is the biggest change a click makes to the data. */
const UNDO_MS = 10_000

/** Merges `merge` into `keep`, then offers Undo in the toast (and says what an undo kept). */
export function useMerge() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const undo = async (merged: Pick<CustomerDetail, 'id' | 'name'>): Promise<void> => {
    const result = await run(() => call('customers.undoMerge', { id: merged.id }))
    if (!result) return
    const fields = result.editedSince.map((field) => t(`customers:fields.${field}`)).join(', ')
    showToast({
      tone: 'success',
      message: fields
        ? t('customers:ui.merge.undoneEdited', { name: merged.name, fields })
        : t('customers:ui.merge.undone', { name: merged.name }),
    })
  }
  return async (keep: CustomerDetail, merge: CustomerDetail, choices: MergeChoices): Promise<boolean> => {
    const kept = await run(() => call('customers.merge', { keepId: keep.id, mergeId: merge.id, choices }))
    if (!kept) return false
    showToast({
      tone: 'success',
      message: t('customers:ui.merge.done', { from: merge.name, into: kept.name }),
      durationMs: UNDO_MS,
      action: { label: t('common:undo'), onAction: () => void undo(merge) },
    })
    return true
  }
}

export type MergeAction = ReturnType<typeof useMerge>
