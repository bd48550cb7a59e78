import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import type { MergeChoices, MergeField, MergeSide } from '../../../../../../src-shared/domain/customer-merge'
import { Button } from '../../../../components/button'
import { Dialog } from '../../../../components/dialog'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { useQuery } from '../../../../lib/use-query'
import { useNavigationStore } from '../../../../stores/navigation'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { MergeCompare } from './merge-compare'
import { MergeSummary } from './merge-summary'
import { useMerge } from './use-merge'

/**
 * Merge a duplicate into this customer: find it, see both side by side, pick per field where
 * both have a value (or keep the other one instead), confirm. Undo comes in the toast and, later,
 * from the Trash, where the merged record waits as "merged into …".
 */
export function MergeDialog({ keep: opened, onClose }: { keep: CustomerDetail; onClose(): void }) {
  const { t } = useTranslation()
  const merge = useMerge()
  const navigate = useNavigationStore((s) => s.navigate)
  const [query, setQuery] = useState('')
  const [pickedId, setPickedId] = useState<number | null>(null)
  const [swapped, setSwapped] = useState(false)
  const [choices, setChoices] = useState<MergeChoices>({})
  const settled = useDebouncedValue(query.trim(), 150)
  const hits =
    useQuery('customers.search', settled ? { query: settled, limit: 10 } : null, { entities: CUSTOMER_ENTITIES }).data ?? []
  const candidates = settled ? hits.filter((hit) => hit.id !== opened.id) : []
  const picked = useQuery('customers.get', pickedId === null ? null : { id: pickedId }, { entities: CUSTOMER_ENTITIES }).data
  const other = picked && picked.id === pickedId ? picked : undefined
  const [keep, mergeIn] = other && swapped ? [other, opened] : [opened, other]
  const pick = (id: number | null): void => {
    setPickedId(id)
    setSwapped(false)
    setChoices({})
  }
  const choose = (field: MergeField, side: MergeSide): void => setChoices((current) => ({ ...current, [field]: side }))
  const confirm = async (): Promise<void> => {
    if (!mergeIn || !(await merge(keep, mergeIn, choices))) return
    onClose()
    if (swapped) navigate({ page: 'customer', id: String(keep.id) })
  }
  return (
    <Dialog title={t('customers:ui.merge.title', { name: opened.name })} onClose={onClose} className="merge-dialog">
      <div className="modal__body">
        <input
          type="search"
          className="input"
          autoFocus
          value={query}
          maxLength={100}
          aria-label={t('customers:ui.merge.search')}
          placeholder={t('customers:ui.merge.search')}
          onChange={(event) => (setQuery(event.target.value), pick(null))}
        />
        <fieldset className="merge-dialog__hits">
          <legend className="visually-hidden">{t('customers:ui.merge.pick')}</legend>
          {candidates.map((hit) => (
            <label key={hit.id} className="merge-dialog__hit">
              <input type="radio" name="merge-with" checked={pickedId === hit.id} onChange={() => pick(hit.id)} />
              <strong>{hit.name}</strong> <span className="tabular muted">{hit.phone ?? ''}</span>{' '}
              <span className="muted">{hit.city ?? ''}</span>
            </label>
          ))}
          {settled && candidates.length === 0 && <p className="muted">{t('customers:ui.merge.noHits')}</p>}
        </fieldset>
        {mergeIn && (
          <>
            <div className="merge-dialog__compare">
              <MergeCompare keep={keep} merge={mergeIn} choices={choices} onChoose={choose} />
            </div>
            <Button
              size="sm"
              variant="ghost"
              className="merge-dialog__swap"
              onClick={() => (setSwapped(!swapped), setChoices({}))}
            >
              {t('customers:ui.merge.swap', { name: mergeIn.name })}
            </Button>
            <MergeSummary keep={keep} merge={mergeIn} />
          </>
        )}
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('customers:ui.form.cancel')}
          </Button>
          <Button variant="primary" disabled={!mergeIn} onClick={() => void confirm()}>
            {t('customers:ui.merge.confirm')}
          </Button>
        </footer>
      </div>
    </Dialog>
  )
}
