import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { showToast } from '../components/toast'
import { errorMessage, isCancelled } from './ipc'

/**
 * Runs a user action and reports a failure as an error toast in the UI language (the IPC
 * error message is already translated); a job the owner cancelled is said plainly, not as a
 * failure. Resolves to the action's result, or undefined.
 */
export function useActionRunner(): <T>(action: () => Promise<T>) => Promise<T | undefined> {
  const { t } = useTranslation()
  return useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await action()
      } catch (error) {
        if (isCancelled(error)) showToast({ message: errorMessage(error) })
        else showToast({ tone: 'error', message: t('common:actionFailed', { message: errorMessage(error) }) })
        return undefined
      }
    },
    [t],
  )
}
