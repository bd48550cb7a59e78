import { lazy, Suspense, type ReactNode } from 'react'
import { useLockState } from './use-lock-state'

// Shown only when locked: its script stays out of the start page's.
const LockScreen = lazy(() => import('./lock-screen').then((m) => ({ default: m.LockScreen })))

/**
 * Shows the app only while it is unlocked. Locked, the whole shell unmounts — every page, panel
 * and dialog with it — so the query cache drops its answers with their last subscriber and
 * nothing of the data stays on screen.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useLockState()
  if (locked === undefined) return null
  if (!locked) return <>{children}</>
  return (
    <Suspense fallback={null}>
      <LockScreen onUnlocked={() => setLocked(false)} />
    </Suspense>
  )
}
