import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { Dialog } from '../../../../components/dialog'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { MergePreview } from './merge-preview'

/**
 * Merge another customer into this one: find them by search, see what moves, confirm. A merge
 * is not undoable (the other customer's rows are re-pointed), so this is the one place that asks.
 */
export function MergeDialog({ keep, onClose }: { keep: CustomerDetail; onClose(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [query, setQuery] = useState('')
  const [pickedId, setPickedId] = useState<number | null>(null)
  const settled = useDebouncedValue(query.trim(), 150)
  const hits =
    useQuery('customers.search', settled ? { query: settled, limit: 10 } : null, { entities: CUSTOMER_ENTITIES }).data ?? []
  const candidates = settled ? hits.filter((hit) => hit.id !== keep.id) : []
  const picked = useQuery('customers.get', pickedId === null ? null : { id: pickedId }, { entities: CUSTOMER_ENTITIES }).data
  const merge = async (): Promise<void> => {
    if (!picked) return
    const merged = await run(() => call('customers.merge', { keepId: keep.id, mergeId: picked.id }))
    if (!merged) return
    onClose()
    showToast({ tone: 'success', message: t('customers:ui.merge.done', { from: picked.name, into: merged.name }) })
  }
  return (
    <Dialog title={t('customers:ui.merge.title', { name: keep.name })} onClose={onClose}>
      <div className="modal__body merge-dialog">
        <input
          type="search"
          className="input"
          autoFocus
          value={query}
          maxLength={100}
          aria-label={t('customers:ui.merge.search')}
          placeholder={t('customers:ui.merge.search')}
          onChange={(event) => (setQuery(event.target.value), setPickedId(null))}
        />
        <fieldset className="merge-dialog__hits">
          <legend className="visually-hidden">{t('customers:ui.merge.pick')}</legend>
          {candidates.map((hit) => (
            <label key={hit.id} className="merge-dialog__hit">
              <input type="radio" name="merge-with" checked={pickedId === hit.id} onChange={() => setPickedId(hit.id)} />
              <strong>{hit.name}</strong> <span className="tabular muted">{hit.phone ?? ''}</span>{' '}
              <span className="muted">{hit.city ?? ''}</span>
            </label>
          ))}
          {settled && candidates.length === 0 && <p className="muted">{t('customers:ui.merge.noHits')}</p>}
        </fieldset>
        {picked && picked.id === pickedId && <MergePreview keep={keep} merge={picked} />}
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('customers:ui.form.cancel')}
          </Button>
          <Button variant="danger" disabled={!picked || picked.id !== pickedId} onClick={() => void merge()}>
            {t('customers:ui.merge.confirm')}
          </Button>
        </footer>
      </div>
    </Dialog>
  )
}
