import { useEffect, useState } from 'react'
import { showToast } from '../../components/toast'
import { call, errorMessage, onEvent } from '../../lib/ipc'
import { lockStatus } from './lock-status'
import { isLockShortcut } from './lock-shortcut'

/**
 * Whether the app is locked: asked once, then told by `lock.changed` (the idle watch, the OS
 * locking, Ctrl/Cmd+L, an unlock). Undefined until the first answer: nothing of the data shows
 * before the app knows it is open.
 */
export function useLockState(): [boolean | undefined, (locked: boolean) => void] {
  const [known] = useState(lockStatus.take)
  const [locked, setLocked] = useState<boolean | undefined>(known?.locked)
  useEffect(() => {
    const stop = onEvent('lock.changed', (payload) => setLocked(payload.locked))
    if (!known)
      lockStatus
        .answer()
        .then((status) => setLocked(status.locked))
        .catch(() => setLocked(false)) // the shell reports an unreachable backend itself
    return stop
  }, [known])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isLockShortcut(event) || event.isComposing) return
      event.preventDefault()
      call('lock.lock', {})
        .then((status) => setLocked(status.locked))
        .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }))
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return [locked, setLocked]
}
