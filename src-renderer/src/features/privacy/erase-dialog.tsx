import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ErasurePreview } from '../../../../src-shared/ipc/channels/privacy'
import { Button } from '../../components/button'
import { Dialog } from '../../components/dialog'
import { FormField } from '../../components/form-field'
import { showToast } from '../../components/toast'
import { call, errorMessage } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'
import { useQuery } from '../../lib/use-query'
import { useNavigationStore } from '../../stores/navigation'
import './privacy.css'

type Count = Exclude<keyof ErasurePreview, 'name' | 'auditRows'>
const GROUPS: { heading: 'keeps' | 'empties' | 'deletes'; counts: Count[] }[] = [
  { heading: 'keeps', counts: ['orders', 'deals'] },
  { heading: 'empties', counts: ['tickets', 'surveyResponses'] },
  { heading: 'deletes', counts: ['activities', 'tasks', 'tags', 'segments', 'campaigns', 'merged'] },
]

/**
 * Erasing is irreversible, so the dialog says what stays (the books), what is emptied and what
 * goes, and asks for the customer's name typed out before the button works.
 */
export function EraseDialog({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const replace = useNavigationStore((s) => s.replace)
  const { data: preview, error } = useQuery('privacy.preview', { id }, { entities: ['customers'] })
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const erase = async (): Promise<void> => {
    setBusy(true)
    const result = await run(() => call('privacy.erase', { id, confirm: true }))
    setBusy(false)
    if (!result || !preview) return
    showToast({ tone: 'success', message: t('privacy:erased', { name: preview.name, count: result.ordersKept }) })
    onClose()
    replace({ page: 'customers' })
  }
  return (
    <Dialog
      title={t('privacy:dialog.title', { name: preview?.name ?? '' })}
      description={t('privacy:dialog.intro')}
      onClose={onClose}
    >
      <div className="modal__body">
        {error !== undefined && (
          <p role="alert" className="form-error">
            {errorMessage(error)}
          </p>
        )}
        {preview &&
          GROUPS.map(({ heading, counts }) => (
            <section key={heading} className="stack">
              <h3 className="erase-dialog__heading">{t(`privacy:dialog.${heading}`)}</h3>
              <ul className="erase-dialog__list">
                {counts.map((key) => (
                  <li key={key} className="tabular">
                    {t(`privacy:dialog.${key}`, { count: preview[key] })}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        {preview && <p className="muted">{t('privacy:dialog.audit', { count: preview.auditRows })}</p>}
        <FormField label={t('privacy:dialog.typeName')}>
          {(field) => (
            <input {...field} className="input" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
          )}
        </FormField>
        <footer className="modal__footer">
          <Button onClick={onClose}>{t('privacy:dialog.cancel')}</Button>
          <Button
            variant="danger"
            disabled={busy || !preview || typed.trim() !== preview.name.trim()}
            onClick={() => void erase()}
          >
            {t('privacy:dialog.confirm')}
          </Button>
        </footer>
      </div>
    </Dialog>
  )
}
