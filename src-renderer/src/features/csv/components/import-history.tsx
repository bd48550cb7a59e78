import { useTranslation } from 'react-i18next'
import { describeKept, type UndoResult } from '../../../../../src-shared/domain/import-undo'
import { Button } from '../../../components/button'
import { Section } from '../../../components/section'
import { showToast } from '../../../components/toast'
import { call, errorMessage } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'

/** The latest imports with Undo (removes what it created, restores what it updated). */
export function ImportHistory() {
  const { t, i18n } = useTranslation('csv', { keyPrefix: 'import' })
  const f = useFormat()
  const run = useActionRunner()
  const { data: entries, error, reload } = useQuery('csv.history', { limit: 10 }, { entities: ['imports'] })
  const undo = async (importId: number): Promise<void> => {
    const undone = await run(() => call('csv.undo', { importId }))
    if (undone) showToast({ message: undoneMessage(undone), tone: 'success' })
    reload()
  }
  // What was kept is named, so the owner sees that the call note or tag they added is still there.
  const undoneMessage = ({ removed, restored, kept }: UndoResult): string => {
    if (!kept) return t('undoDone', { removed, restored })
    const tr = (key: string, params: Record<string, string | number>): string =>
      i18n.t(key.replace('.', ':'), { ...params, defaultValue: '' })
    return t('undoKept', { removed, restored, count: kept.length, list: describeKept(kept, tr) })
  }
  return (
    <Section title={t('history')} card>
      {error !== undefined && (
        <p role="alert" className="form-error">
          {errorMessage(error)}
        </p>
      )}
      {entries?.length === 0 && <p className="muted">{t('historyEmpty')}</p>}
      <ul className="ie-history">
        {entries?.map((e) => (
          <li key={e.id}>
            <span>
              <strong>{e.fileName}</strong>{' '}
              {t('historyEntry', {
                kind: t(`kinds.${e.kind}`),
                date: f.dateTime(e.startedAt),
                created: e.counts.created ?? 0,
                updated: e.counts.updated ?? 0,
                failed: e.counts.failed ?? 0,
              })}
            </span>
            {e.status === 'undone' ? (
              <span className="muted">{t('undone')}</span>
            ) : (
              <Button size="sm" aria-label={`${t('undo')}: ${e.fileName}`} onClick={() => void undo(e.id)}>
                {t('undo')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  )
}
