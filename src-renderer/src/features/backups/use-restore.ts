import { useTranslation } from 'react-i18next'
import { showToast } from '../../components/toast'
import { call } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'
import { useFormat } from '../../lib/use-format'

/**
 * Restores a backup and offers the undo: restoring the copy the main process made of the file
 * just before. The backend reopens the file and announces every table changed, so every page
 * refetches.
 */
export function useRestore(onDone: () => void): (name: string, createdAt: string) => Promise<boolean> {
  const { t } = useTranslation('backups')
  const run = useActionRunner()
  const format = useFormat()
  return async (name, createdAt) => {
    const result = await run(() => call('backups.restore', { name }))
    onDone()
    if (!result) return false
    showToast({
      tone: 'success',
      message: t('restored', { when: format.dateTime(createdAt) }),
      durationMs: 0,
      action: {
        label: t('undo'),
        onAction: () =>
          void run(() => call('backups.restore', { name: result.undoName })).then((undone) => {
            onDone()
            if (undone) showToast({ tone: 'success', message: t('undone') })
          }),
      },
    })
    return true
  }
}
