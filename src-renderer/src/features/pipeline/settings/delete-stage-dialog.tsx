import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PipelineStage } from '../../../../../src-shared/domain/deal-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'

export interface DeleteStageDialogProps {
  stage: PipelineStage
  others: readonly PipelineStage[]
  onConfirm(moveTo: number): void
  onClose(): void
}

/** A stage that holds deals is deleted only once the user says where its deals go. */
export function DeleteStageDialog({ stage, others, onConfirm, onClose }: DeleteStageDialogProps) {
  const { t } = useTranslation()
  const [moveTo, setMoveTo] = useState(others.find((s) => s.kind === stage.kind)?.id ?? others[0]?.id)
  return (
    <Dialog
      title={t('pipeline:settings.deleteTitle', { name: stage.name })}
      description={t('pipeline:settings.deleteBody', { count: stage.deals, name: stage.name })}
      onClose={onClose}
    >
      <form
        className="modal__body stack"
        onSubmit={(event) => {
          event.preventDefault()
          if (moveTo !== undefined) onConfirm(moveTo)
        }}
      >
        <label className="field-inline">
          <span>{t('pipeline:settings.moveTo')}</span>
          <select className="input" value={moveTo} onChange={(event) => setMoveTo(Number(event.target.value))}>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </label>
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('pipeline:settings.cancel')}
          </Button>
          <Button type="submit" variant="danger">
            {t('pipeline:settings.confirmDelete')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
