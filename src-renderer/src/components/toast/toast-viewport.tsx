import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from '../icon-button'
import { useToastStore, type Toast } from './toast-store'

/** Renders the toasts once, at the shell's edge, in a polite live region. */
export function ToastViewport() {
  const toasts = useToastStore((s) => s.toasts)
  const { t } = useTranslation()
  return (
    <section className="toast-viewport" aria-label={t('notifications')}>
      <ol className="toast-list" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ol>
    </section>
  )
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss)
  const { t } = useTranslation()
  const [paused, setPaused] = useState(false)
  const remaining = useRef(toast.durationMs)

  useEffect(() => {
    if (paused || toast.durationMs <= 0) return
    const started = Date.now()
    const timer = setTimeout(() => dismiss(toast.id, 'expired'), remaining.current)
    return () => {
      clearTimeout(timer)
      remaining.current -= Date.now() - started
    }
  }, [paused, toast.id, toast.durationMs, dismiss])

  return (
    <li
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : undefined}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.onAction()
            dismiss(toast.id, 'action')
          }}
        >
          {toast.action.label}
        </button>
      )}
      <IconButton icon="close" aria-label={t('dismiss')} className="toast__close" onClick={() => dismiss(toast.id)} />
    </li>
  )
}
