import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PipelineStage } from '../../../../../src-shared/domain/deal-types'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useQuery } from '../../../lib/use-query'
import { SETTINGS_ENTITIES } from '../api/entities'
import { DeleteStageDialog } from './delete-stage-dialog'
import { swapped } from './move-in-list'
import { StageRow } from './stage-row'

/** Settings → Pipeline stages: add, rename, reorder, kind, probability, stale limit, delete (with Undo). */
export function StagesSection() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const stages = useQuery('pipeline.stages', {}, { entities: SETTINGS_ENTITIES }).data ?? []
  const [deleting, setDeleting] = useState<PipelineStage | null>(null)
  const ids = stages.map((s) => s.id)

  const remove = async (stage: PipelineStage, moveTo?: number): Promise<void> => {
    setDeleting(null)
    const done = await run(() => call('pipeline.deleteStage', { id: stage.id, moveTo }))
    if (!done) return
    const undo = (): void => void run(() => call('pipeline.restoreStage', { id: stage.id }))
    showToast({
      message: t('pipeline:settings.deletedStage', { name: stage.name }),
      action: { label: t('common:undo'), onAction: undo },
    })
  }
  const add = (): Promise<unknown> =>
    run(() =>
      call('pipeline.createStage', { name: t('pipeline:settings.newName'), kind: 'open', probability: 0.5, staleDays: 14 }),
    )

  return (
    <div className="stack pipeline-settings">
      <p className="muted">{t('pipeline:settings.stagesIntro')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('pipeline:settings.name')}</th>
            <th scope="col">{t('pipeline:settings.kind')}</th>
            <th scope="col">{t('pipeline:settings.probability')}</th>
            <th scope="col">{t('pipeline:settings.staleDays')}</th>
            <th scope="col" className="num">
              {t('pipeline:settings.dealsHeading')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('pipeline:settings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage, i) => (
            <StageRow
              key={stage.id}
              stage={stage}
              first={i === 0}
              last={i === stages.length - 1}
              onMove={(step) => void run(() => call('pipeline.reorderStages', { ids: swapped(ids, i, step) }))}
              onDelete={() => (stage.deals > 0 ? setDeleting(stage) : void remove(stage))}
            />
          ))}
        </tbody>
      </table>
      <div>
        <Button icon="plus" onClick={() => void add()}>
          {t('pipeline:settings.add')}
        </Button>
      </div>
      {deleting && (
        <DeleteStageDialog
          stage={deleting}
          others={stages.filter((s) => s.id !== deleting.id)}
          onConfirm={(moveTo) => void remove(deleting, moveTo)}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  )
}
