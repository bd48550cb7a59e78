import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentDefinition } from '../../../../../src-shared/domain/segment'
import type { SegmentListItem } from '../../../../../src-shared/ipc/channels/segments'
import { Button } from '../../../components/button'
import { TargetExportDialog } from '../export'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { DefinitionBuilder } from './builder/definition-builder'
import { emptyDefinition } from './builder/rule-defaults'
import { SegmentResult } from './segment-result'

const NS = 'marketing-segments:builder'

export interface SegmentEditorProps {
  /** The saved segment being edited, or null for a new one. */
  segment: SegmentListItem | null
  onSelect(id: number | null): void
}

/** Name and filters of a segment with its live count; save, delete (Undo), freeze a snapshot. */
export function SegmentEditor({ segment, onSelect }: SegmentEditorProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const [name, setName] = useState(segment?.name ?? '')
  const [definition, setDefinition] = useState<SegmentDefinition>(segment?.definition ?? emptyDefinition())
  const [exporting, setExporting] = useState(false)
  const snapshot = segment?.frozenAt != null
  const save = (asNew: boolean) =>
    run(async () => {
      const saved = await call('segments.save', { id: asNew ? undefined : segment?.id, name: name.trim(), definition })
      showToast({ tone: 'success', message: t(`${NS}.saved`, { name: saved.name }) })
      onSelect(saved.id)
    })
  const remove = (id: number, label: string) =>
    run(async () => {
      await call('segments.delete', { id })
      onSelect(null)
      showToast({
        message: t(`${NS}.deleted`, { name: label }),
        action: {
          label: t(`${NS}.undo`),
          onAction: () => void run(() => call('segments.restore', { id }).then(() => onSelect(id))),
        },
      })
    })
  const freeze = (id: number) =>
    run(async () => {
      const frozen = await call('segments.freeze', { id })
      showToast({ tone: 'success', message: t(`${NS}.frozen`, { name: frozen.name, count: f.number(frozen.count) }) })
    })
  return (
    <div className="stack segment-editor">
      <label className="segment-editor__name">
        <span>{t(`${NS}.name`)}</span>
        <input value={name} maxLength={100} placeholder={t(`${NS}.namePlaceholder`)} onChange={(e) => setName(e.target.value)} />
      </label>
      {snapshot ? (
        <p className="muted">{t(`${NS}.snapshotNote`, { date: f.dateTime(segment.frozenAt as string) })}</p>
      ) : (
        <DefinitionBuilder value={definition} onChange={setDefinition} />
      )}
      <div className="cluster">
        <Button
          variant="primary"
          disabled={name.trim() === ''}
          title={name.trim() === '' ? t(`${NS}.nameNeeded`) : undefined}
          onClick={() => void save(false)}
        >
          {t(`${NS}.save`)}
        </Button>
        {segment && !snapshot && (
          <Button disabled={name.trim() === ''} onClick={() => void save(true)}>
            {t(`${NS}.saveNew`)}
          </Button>
        )}
        {segment && !snapshot && <Button onClick={() => void freeze(segment.id)}>{t(`${NS}.freeze`)}</Button>}
        {segment && <Button onClick={() => setExporting(true)}>{t('marketing-reach:export.open')}</Button>}
        {segment && (
          <Button variant="danger" icon="trash" onClick={() => void remove(segment.id, segment.name)}>
            {t(`${NS}.delete`)}
          </Button>
        )}
      </div>
      {snapshot ? (
        <p className="segment-count">
          <strong data-testid="segment-count">{f.number(segment.count)}</strong>
        </p>
      ) : (
        <SegmentResult definition={definition} />
      )}
      {segment && exporting && (
        <TargetExportDialog
          source={{ kind: 'segment', segmentId: segment.id }}
          name={segment.name}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  )
}
