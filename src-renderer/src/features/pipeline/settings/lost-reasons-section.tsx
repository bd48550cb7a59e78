import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { IconButton } from '../../../components/icon-button'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useQuery } from '../../../lib/use-query'
import { swapped } from './move-in-list'
import { SavingInput } from './saving-input'

/** Settings → Lost reasons: the presets the lost-reason question offers, in order. */
export function LostReasonsSection() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const reasons = useQuery('pipeline.lostReasons', {}, { entities: ['lost_reasons'] }).data ?? []
  const ids = reasons.map((r) => r.id)
  // A new reason arrives with a placeholder label: its field takes focus, text selected, to be typed over.
  const [added, setAdded] = useState<number | null>(null)
  const add = async (): Promise<void> => {
    const reason = await run(() => call('pipeline.createLostReason', { label: t('pipeline:settings.newReason') }))
    if (reason) setAdded(reason.id)
  }
  return (
    <div className="stack pipeline-settings">
      <p className="muted">{t('pipeline:settings.reasonsIntro')}</p>
      <ol className="pipeline-settings__reasons">
        {reasons.map((reason, i) => (
          <li key={reason.id} className="cluster">
            <SavingInput
              aria-label={t('pipeline:settings.reason')}
              value={reason.label}
              maxLength={200}
              autoFocus={reason.id === added}
              onFocus={(event) => event.currentTarget.select()}
              save={async (label) => (await run(() => call('pipeline.updateLostReason', { id: reason.id, label }))) !== undefined}
            />
            <IconButton
              icon="arrow-up"
              aria-label={t('pipeline:settings.reasonUp', { label: reason.label })}
              disabled={i === 0}
              onClick={() => void run(() => call('pipeline.reorderLostReasons', { ids: swapped(ids, i, -1) }))}
            />
            <IconButton
              icon="arrow-down"
              aria-label={t('pipeline:settings.reasonDown', { label: reason.label })}
              disabled={i === reasons.length - 1}
              onClick={() => void run(() => call('pipeline.reorderLostReasons', { ids: swapped(ids, i, 1) }))}
            />
            <IconButton
              icon="trash"
              aria-label={t('pipeline:settings.deleteReason', { label: reason.label })}
              onClick={() => void run(() => call('pipeline.deleteLostReason', { id: reason.id }))}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button icon="plus" onClick={() => void add()}>
          {t('pipeline:settings.addReason')}
        </Button>
      </div>
    </div>
  )
}
