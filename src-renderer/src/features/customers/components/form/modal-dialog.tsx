import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from '../../../../components/icon-button'

interface ModalDialogProps {
  title: string
  onClose(): void
  children: ReactNode
  className?: string
}

/**
 * A native modal `<dialog>`: the browser traps focus, makes the page inert and closes on Esc
 * (reported through `onClose`). Focus returns to whatever had it before opening.
 */
export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      if (dialog?.open) dialog.close()
      previous?.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">{title}</h2>
        <IconButton icon="close" aria-label={t('common:close')} shortcut="Esc" onClick={onClose} />
      </header>
      {children}
    </dialog>
  )
}
