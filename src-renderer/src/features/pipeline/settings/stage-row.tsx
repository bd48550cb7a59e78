import { useTranslation } from 'react-i18next'
import { STAGE_KINDS, type PipelineStage } from '../../../../../src-shared/domain/deal-types'
import type { StageFields } from '../../../../../src-shared/ipc/channels/pipeline-settings'
import { IconButton } from '../../../components/icon-button'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { SavingInput } from './saving-input'

export interface StageRowProps {
  stage: PipelineStage
  first: boolean
  last: boolean
  onMove(step: -1 | 1): void
  onDelete(): void
}

/** One stage in Settings: name, kind, probability and stale limit save as they are left. */
export function StageRow({ stage, first, last, onMove, onDelete }: StageRowProps) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const patch = async (change: Partial<StageFields>): Promise<boolean> =>
    (await run(() => call('pipeline.updateStage', { id: stage.id, patch: change }))) !== undefined
  const number = (text: string): number => (text === '' ? Number.NaN : Number(text))
  return (
    <tr>
      <td>
        <SavingInput
          aria-label={t('pipeline:settings.name')}
          value={stage.name}
          maxLength={60}
          save={(name) => patch({ name })}
        />
      </td>
      <td>
        <select
          className="input input--sm"
          aria-label={t('pipeline:settings.kind')}
          value={stage.kind}
          onChange={(event) => void patch({ kind: event.target.value as PipelineStage['kind'] })}
        >
          {STAGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`pipeline:kinds.${kind}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <SavingInput
          aria-label={t('pipeline:settings.probability')}
          className="input input--sm pipeline-settings__number"
          inputMode="numeric"
          value={String(Math.round(stage.probability * 10000) / 100)}
          save={(text) => patch({ probability: number(text) / 100 })}
        />
      </td>
      <td>
        <SavingInput
          aria-label={t('pipeline:settings.staleDays')}
          className="input input--sm pipeline-settings__number"
          inputMode="numeric"
          placeholder={t('pipeline:settings.staleNever')}
          value={stage.staleDays === null ? '' : String(stage.staleDays)}
          save={(text) => patch({ staleDays: text === '' ? null : number(text) })}
        />
      </td>
      <td className="num">{t('pipeline:settings.deals', { count: stage.deals })}</td>
      <td className="pipeline-settings__actions">
        <IconButton
          icon="arrow-up"
          aria-label={t('pipeline:settings.moveUp', { name: stage.name })}
          disabled={first}
          onClick={() => onMove(-1)}
        />
        <IconButton
          icon="arrow-down"
          aria-label={t('pipeline:settings.moveDown', { name: stage.name })}
          disabled={last}
          onClick={() => onMove(1)}
        />
        <IconButton icon="trash" aria-label={t('pipeline:settings.delete', { name: stage.name })} onClick={onDelete} />
      </td>
    </tr>
  )
}
