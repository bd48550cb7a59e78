import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useFormat } from '../../../lib/use-format'
import { useImportHistory } from '../hooks/use-import-history'
import { errorMessage } from '../lib/error-message'

/** The latest imports with Undo (removes what it created, restores what it updated). */
export function ImportHistory() {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const f = useFormat()
  const { entries, reload } = useImportHistory(10)
  const undo = async (importId: number): Promise<void> => {
    try {
      showToast({ message: t('undoDone', await call('csv.undo', { importId })), tone: 'success' })
    } catch (error) {
      showToast({ message: errorMessage(error), tone: 'error' })
    }
    reload()
  }
  return (
    <section className="ie-card" aria-labelledby="ie-history">
      <h2 id="ie-history">{t('history')}</h2>
      {entries?.length === 0 && <p className="ie-hint">{t('historyEmpty')}</p>}
      <ul className="ie-history">
        {entries?.map((e) => (
          <li key={e.id}>
            <span>
              <strong>{e.fileName}</strong>{' '}
              {t('historyEntry', { kind: t(`kinds.${e.kind}`), date: f.dateTime(e.startedAt), created: e.counts.created ?? 0, updated: e.counts.updated ?? 0, failed: e.counts.failed ?? 0 })}
            </span>
            {e.status === 'undone' ? (
              <span className="ie-hint">{t('undone')}</span>
            ) : (
              <Button size="sm" aria-label={`${t('undo')}: ${e.fileName}`} onClick={() => void undo(e.id)}>{t('undo')}</Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
