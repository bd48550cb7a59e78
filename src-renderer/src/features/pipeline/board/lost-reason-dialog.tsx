import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { useQuery } from '../../../lib/use-query'

const OTHER = 'other'

/**
 * Why a deal was lost, asked every time a card reaches a Lost column: a preset (Settings) or a
 * reason typed here. Enter confirms; Esc or Cancel cancels the move itself.
 */
export function LostReasonDialog({
  title,
  onConfirm,
  onCancel,
}: {
  title: string
  onConfirm(reason: string): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const name = useId()
  const presets = useQuery('pipeline.lostReasons', {}, { entities: ['lost_reasons'] }).data ?? []
  const [choice, setChoice] = useState<string>('')
  const [other, setOther] = useState('')
  const [tried, setTried] = useState(false)
  const reason = (choice === OTHER ? other : choice).trim()
  return (
    <Dialog title={t('pipeline:lost.title', { title })} description={t('pipeline:lost.description')} onClose={onCancel}>
      <form
        className="modal__body stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (reason) onConfirm(reason)
        }}
      >
        <fieldset className="fieldset-plain stack lost-reasons">
          <legend className="form-field__label">{t('pipeline:lost.presets')}</legend>
          {presets.map((preset) => (
            <label key={preset.id} className="field-inline">
              <input type="radio" name={name} checked={choice === preset.label} onChange={() => setChoice(preset.label)} />
              {preset.label}
            </label>
          ))}
          <label className="field-inline">
            <input type="radio" name={name} checked={choice === OTHER} onChange={() => setChoice(OTHER)} />
            {t('pipeline:lost.other')}
          </label>
          <input
            className="input"
            aria-label={t('pipeline:lost.other')}
            placeholder={t('pipeline:lost.otherPlaceholder')}
            value={other}
            maxLength={500}
            onChange={(event) => {
              setOther(event.target.value)
              setChoice(OTHER)
            }}
          />
        </fieldset>
        {tried && !reason && (
          <p className="form-error" role="alert">
            {t('pipeline:lost.required')}
          </p>
        )}
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onCancel}>
            {t('pipeline:lost.cancel')}
          </Button>
          <Button type="submit" variant="danger">
            {t('pipeline:lost.confirm')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
