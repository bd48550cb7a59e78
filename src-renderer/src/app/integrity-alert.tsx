import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, IntegrityState } from '../../../src-shared/ipc/channels/app'
import { call, onEvent } from '../lib/ipc'

// Loaded only when the file is damaged: the start page's script stays small.
const NewestBackupOffer = lazy(() => import('../features/backups').then((m) => ({ default: m.NewestBackupOffer })))

/**
 * The data file is checked in the background after the first page shows. If the check finds
 * damage, the backend refuses every write; this blocking message says so and what to do.
 * It asks once (the check may have finished before the window loaded) and then listens.
 */
export function IntegrityAlert() {
  const { t } = useTranslation()
  const [info, setInfo] = useState<{ file: string; state: IntegrityState } | null>(null)

  useEffect(() => {
    let file = ''
    const unsubscribe = onEvent('app.integrity', (state) => setInfo({ file, state }))
    call('app.info', {})
      .then((appInfo: AppInfo) => {
        file = appInfo.dataFile
        setInfo((seen) => ({ file, state: seen?.state ?? appInfo.integrity }))
      })
      .catch(() => undefined) // the shell already reports an unreachable backend
    return unsubscribe
  }, [])

  if (info?.state.status !== 'corrupt') return null
  return (
    <div className="integrity-alert" role="alertdialog" aria-modal="true" aria-labelledby="integrity-title">
      <div className="integrity-alert__panel">
        <h2 id="integrity-title">{t('integrityTitle')}</h2>
        <p>{t('integrityBody', { file: info.file, detail: info.state.detail ?? '' })}</p>
        <Suspense fallback={null}>
          <NewestBackupOffer />
        </Suspense>
      </div>
    </div>
  )
}
