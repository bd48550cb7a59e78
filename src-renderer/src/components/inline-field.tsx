import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useActionRunner } from '../lib/use-action-runner'

export interface InlineFieldProps {
  label: string
  /** The stored value as the editor starts with it ('' for none). */
  value: string
  /** How the value reads when not editing. */
  display?: ReactNode
  /** Validates the typed text; returns an error message or null. */
  check(text: string): string | null
  save(text: string): Promise<unknown>
  /** The editor control; defaults to a text input. */
  editor?(props: EditorProps): ReactNode
}

export interface EditorProps {
  id: string
  value: string
  onChange(value: string): void
  onKeyDown(event: React.KeyboardEvent): void
  onBlur(): void
  'aria-invalid': boolean
  'aria-describedby'?: string
  autoFocus: true
  className: string
}

/**
 * Edit where you see it (detail pages): one `<dt>`/`<dd>` pair of a `<dl>` whose value is a
 * button; activating it swaps in an editor that saves on Enter or blur and cancels on Esc. An
 * invalid value stays in the editor with its message; a failed save shows an error toast.
 */
export function InlineField({ label, value, display, check, save, editor }: InlineFieldProps) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const id = useId()
  const [text, setText] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const cancel = (): void => {
    setText(null)
    setError(null)
  }
  const commit = async (): Promise<void> => {
    if (text === null) return
    if (text === value) return cancel()
    const problem = check(text)
    if (problem) return setError(problem)
    const saved = await run(() => save(text))
    if (saved !== undefined) cancel()
  }
  const props: EditorProps = {
    id,
    value: text ?? value,
    onChange: (next) => (setText(next), setError(null)),
    onKeyDown: (event) => {
      // Enter saves; in a multi-line box it needs Ctrl/Cmd so plain Enter can start a new line.
      const multiline = event.target instanceof HTMLTextAreaElement
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        cancel()
      } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        void commit()
      }
    },
    onBlur: () => void commit(),
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    autoFocus: true,
    className: 'input input--sm',
  }
  return (
    <div className="inline-field">
      <dt>
        <label htmlFor={id}>{label}</label>
      </dt>
      <dd>
        {text === null ? (
          // Named by its label ("Phone"); the value is its description, so both are announced.
          <button
            type="button"
            id={id}
            className="inline-field__value"
            title={t('common:editHint')}
            aria-describedby={`${id}-value`}
            onClick={() => setText(value)}
          >
            <span id={`${id}-value`}>{display ?? (value || <span className="muted">{t('common:addValue')}</span>)}</span>
          </button>
        ) : (
          (editor ?? defaultEditor)(props)
        )}
        {error && (
          <p id={`${id}-error`} className="form-field__error" role="alert">
            {error}
          </p>
        )}
      </dd>
    </div>
  )
}

const defaultEditor = ({ onChange, ...props }: EditorProps) => <input {...props} onChange={(e) => onChange(e.target.value)} />
