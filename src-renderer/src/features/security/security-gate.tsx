import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import type { SecurityPhase } from '../../../../src-shared/ipc/channels/security'
import { loadLazyParts } from './load-lazy-parts'
import { securityStatus } from './security-status'

// Shown only before the file is open (first run, keychain gone): its script stays out of the start page's.
const SecurityScreen = lazy(() => loadLazyParts().then((m) => ({ default: m.SecurityScreen })))

/**
 * Mounts the app only once the data file is open: takes `security.status` (asked at start); a first run
 * without a file chooses encryption, an encrypted file the keychain did not open is unlocked.
 * Questions asked before that are refused (`security_locked`) and asked again once it is open.
 */
export function SecurityGate({ children }: { children: ReactNode }) {
  const [known] = useState(securityStatus.take)
  const [phase, setPhase] = useState<SecurityPhase | undefined>(known?.phase)
  useEffect(() => {
    if (known) return
    securityStatus
      .answer()
      .then((status) => setPhase(status.phase))
      .catch(() => setPhase('open')) // the shell reports an unreachable backend itself
  }, [known])
  if (phase === undefined) return null
  if (phase === 'open') return children
  return (
    <Suspense fallback={null}>
      <SecurityScreen phase={phase} onOpen={() => setPhase('open')} />
    </Suspense>
  )
}
