import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { Dialog } from '../../../../components/dialog'
import { FormField } from '../../../../components/form-field'
import { errorMessage } from '../../../../lib/ipc'

interface ViewNameDialogProps {
  title: string
  submit: string
  initialName: string
  /** Saves under the name; a rejection (a taken name) is shown under the field. */
  onSave(name: string): Promise<void>
  onClose(): void
}

/** Names a view: "Save as new view" and "Rename view". */
export function ViewNameDialog({ title, submit, initialName, onSave, onClose }: ViewNameDialogProps) {
  const { t } = useTranslation()
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!name.trim()) return setError(t('customers:ui.views.nameRequired'))
    setBusy(true)
    try {
      await onSave(name.trim())
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="modal__body" onSubmit={(event) => void save(event)}>
        <FormField label={t('customers:ui.views.name')} error={error} required>
          {(a) => (
            <input
              {...a}
              className="input"
              value={name}
              maxLength={60}
              onChange={(event) => (setName(event.target.value), setError(undefined))}
            />
          )}
        </FormField>
        <div className="modal__footer">
          <Button onClick={onClose}>{t('customers:ui.form.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {submit}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
