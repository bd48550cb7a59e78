import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentDefinition, SegmentRule } from '../../../../../src-shared/domain/segment'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'

/**
 * Saves a live segment of one rule (an RFM segment or a cluster), named for what it holds; the
 * toast's Undo moves it to the Trash. The segment is a definition: it follows the data.
 */
export function MakeSegmentButton({ name, rule, label }: { name: string; rule: SegmentRule; label: string }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [busy, setBusy] = useState(false)
  const save = async (): Promise<void> => {
    setBusy(true)
    const definition: SegmentDefinition = { match: 'all', groups: [{ match: 'all', rules: [rule] }] }
    const saved = await run(() => call('segments.save', { name, definition }))
    setBusy(false)
    if (!saved) return
    showToast({
      tone: 'success',
      message: t('marketing-groups:segmentMade', { name: saved.name }),
      action: { label: t('common:undo'), onAction: () => void run(() => call('segments.delete', { id: saved.id })) },
    })
  }
  return (
    <Button size="sm" icon="plus" disabled={busy} aria-label={label} onClick={() => void save()}>
      {t('marketing-groups:makeSegment')}
    </Button>
  )
}
