import type { ReactNode } from 'react'
import { LockScreen } from './lock-screen'
import { useLockState } from './use-lock-state'

/**
 * Shows the app only while it is unlocked. Locked, the whole shell unmounts — every page, panel
 * and dialog with it — so the query cache drops its answers with their last subscriber and
 * nothing of the data stays on screen.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useLockState()
  if (locked === undefined) return null
  return locked ? <LockScreen onUnlocked={() => setLocked(false)} /> : <>{children}</>
}
