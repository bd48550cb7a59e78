import { useEffect } from 'react'
import type { SecurityPhase } from '../../../../src-shared/ipc/channels/security'
import { applyTheme, onSystemThemeChange, systemPrefersDark } from '../../lib/theme'
import { FirstRunScreen } from './first-run-screen'
import { UnlockScreen } from './unlock-screen'
import './security.css'

/**
 * The whole window before the data file is open. The owner's theme is inside that file, so the
 * computer's light or dark is used until then, following it when it changes.
 */
export function SecurityScreen({ phase, onOpen }: { phase: Exclude<SecurityPhase, 'open'>; onOpen(): void }) {
  useEffect(() => {
    const apply = (): void => applyTheme(systemPrefersDark() ? 'dark' : 'light')
    apply()
    return onSystemThemeChange(apply)
  }, [])
  return (
    <main className="security-screen">
      <div className="security-screen__panel">
        {phase === 'setup' ? <FirstRunScreen onOpen={onOpen} /> : <UnlockScreen onOpen={onOpen} />}
      </div>
    </main>
  )
}
