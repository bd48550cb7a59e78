import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import type { SecurityPhase } from '../../../../src-shared/ipc/channels/security'
import { call } from '../../lib/ipc'
import { loadLazyParts } from './load-lazy-parts'

// Shown only before the file is open (first run, keychain gone): its script stays out of the start page's.
const SecurityScreen = lazy(() => loadLazyParts().then((m) => ({ default: m.SecurityScreen })))

/**
 * Mounts the app only once the data file is open: asks `security.status` once; a first run
 * without a file chooses encryption, an encrypted file the keychain did not open is unlocked.
 * Nothing else is asked before that (the main process would refuse it).
 */
export function SecurityGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<SecurityPhase | undefined>(undefined)
  useEffect(() => {
    call('security.status', {})
      .then((status) => setPhase(status.phase))
      .catch(() => setPhase('open')) // the shell reports an unreachable backend itself
  }, [])
  if (phase === undefined) return null
  if (phase === 'open') return children
  return (
    <Suspense fallback={null}>
      <SecurityScreen phase={phase} onOpen={() => setPhase('open')} />
    </Suspense>
  )
}
