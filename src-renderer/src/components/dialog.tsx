import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from './icon-button'

export interface DialogProps {
  /** The visible heading; it also names the dialog for screen readers. */
  title: string
  /** One line under the title, announced as the dialog's description. */
  description?: string
  onClose(): void
  /** The body: usually `.modal__body` with a `.modal__footer` of buttons (primary last). */
  children: ReactNode
  className?: string
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])'
const CONTROL = 'input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled)'

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert, Tab and Shift+Tab cycle
 * inside it, Esc closes it (reported through `onClose`, the caller unmounts it). On open the
 * first form field gets focus (else the first button); on close focus returns to whatever had
 * it before. Use it for creation forms and the few confirmations of the irreversible.
 */
export function Dialog({ title, description, onClose, children, className }: DialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  useEffect(() => {
    const dialog = ref.current
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    ;(dialog?.querySelector<HTMLElement>(CONTROL) ?? dialog?.querySelector<HTMLElement>(FOCUSABLE))?.focus()
    return () => {
      if (dialog?.open) dialog.close()
      if (previous?.isConnected) previous.focus()
    }
  }, [])
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault()
      onClose()
    } else if (event.key === 'Tab' && ref.current) {
      trapTab(event, ref.current)
    }
  }
  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="modal__header">
        <div>
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="modal__description">
              {description}
            </p>
          )}
        </div>
        <IconButton icon="close" aria-label={t('common:close')} shortcut="Esc" onClick={onClose} />
      </header>
      {children}
    </dialog>
  )
}

/** Keeps Tab inside the dialog: from the last stop to the first, and Shift+Tab the other way. */
function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = stops[0]
  const last = stops.at(-1)
  if (!first || !last) return
  const active = document.activeElement
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault()
    first.focus()
  }
}
