import { useId, type ReactNode } from 'react'

/** The props a FormField hands its control, tying it to the label, hint and error. */
export interface FieldControlProps {
  id: string
  'aria-invalid': boolean
  'aria-describedby'?: string
  required?: boolean
}

export interface FormFieldProps {
  label: string
  /** Shown once the user has left the field or tried to submit; the caller decides when. */
  error?: string
  /** Help or a preview under the control (e.g. the normalised phone). */
  hint?: ReactNode
  required?: boolean
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children(props: FieldControlProps): ReactNode
}

/**
 * A labelled control in a form (creation dialogs, settings): label above, hint and error
 * below, both linked with `aria-describedby`; a required field is marked and `required`.
 */
export function FormField({ label, error, hint, required, children }: FormFieldProps) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`form-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="form-field__label">
        {label}
        {required && (
          <span aria-hidden="true" className="form-field__required">
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, required })}
      {hint && (
        <div id={`${id}-hint`} className="form-field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          {error}
        </p>
      )}
    </div>
  )
}
