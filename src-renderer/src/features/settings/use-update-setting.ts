import { useTranslation } from 'react-i18next'
import { showToast } from '../../components/toast'
import { errorMessage } from '../../lib/ipc'
import { useSettingsStore, type Settings } from '../../stores/settings'

/** Saves one change; a failure (already rolled back by the store) is told as a toast. */
export function useUpdateSetting(): (patch: Partial<Settings>) => void {
  const update = useSettingsStore((s) => s.update)
  const { t } = useTranslation('settings')
  return (patch) => {
    update(patch).catch((error: unknown) =>
      showToast({ tone: 'error', message: t('saveFailed', { message: errorMessage(error) }) }),
    )
  }
}
