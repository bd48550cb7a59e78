import { useId, type ReactNode } from 'react'

interface FormFieldProps {
  label: string
  error?: string
  /** Help or a preview under the input (e.g. the normalised phone). */
  hint?: ReactNode
  required?: boolean
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean }): ReactNode
}

/** A labelled control whose error is announced and linked (`aria-describedby`). */
export function FormField({ label, error, hint, required, children }: FormFieldProps) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`form-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="form-field__label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, required })}
      {hint && <div id={`${id}-hint`} className="form-field__hint">{hint}</div>}
      {error && <p id={`${id}-error`} className="form-field__error">{error}</p>}
    </div>
  )
}
