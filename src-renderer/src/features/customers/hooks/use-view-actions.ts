import { useTranslation } from 'react-i18next'
import type { ListView } from '../../../../../src-shared/ipc/channels/views'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { toViewState, useCustomerListStore } from '../stores/list'

const current = (): ListView | null => useCustomerListStore.getState().savedView

/**
 * Saved views of the customer list: switch, save as new, save changes, rename, make default,
 * delete (with Undo). Creating and renaming throw their error (a taken name) for the dialog to
 * show next to the name; the others report failures as toasts.
 */
export function useViewActions() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const store = useCustomerListStore.getState
  const state = () => toViewState(store())
  const update = async (patch: { name?: string; isDefault?: boolean; state?: ReturnType<typeof state> }) => {
    const view = current()
    if (!view) return
    store().setSavedView(await call('views.update', { id: view.id, ...patch }))
  }
  const restore = async (view: ListView): Promise<void> => {
    const back = await run(() => call('views.restore', { id: view.id }))
    if (back) showToast({ tone: 'success', message: t('customers:ui.views.restored', { name: back.name }) })
  }
  return {
    apply: (view: ListView | null) => store().applySavedView(view),
    create: async (name: string) => store().setSavedView(await call('views.create', { list: 'customers', name, state: state() })),
    rename: (name: string) => update({ name }),
    saveChanges: () => run(() => update({ state: state() })),
    toggleDefault: () => run(() => update({ isDefault: !current()?.isDefault })),
    remove: async () => {
      const view = current()
      if (!view || !(await run(() => call('views.delete', { id: view.id })))) return
      store().setSavedView(null)
      showToast({
        tone: 'success',
        message: t('customers:ui.views.deleted', { name: view.name }),
        action: { label: t('common:undo'), onAction: () => void restore(view) },
      })
    },
  }
}

export type ViewActions = ReturnType<typeof useViewActions>
