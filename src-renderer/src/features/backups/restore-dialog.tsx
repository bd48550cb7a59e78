import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../../src-shared/ipc/channels/backups'
import { Button } from '../../components/button'
import { Dialog } from '../../components/dialog'
import { useFormat } from '../../lib/use-format'
import { useQuery } from '../../lib/use-query'
import { useRestore } from './use-restore'

interface Props {
  backup: BackupEntry
  onClose(): void
  onRestored(): void
}

/** What restoring this backup would change (rows now and then, per table), and the Restore button. */
export function RestoreDialog({ backup, onClose, onRestored }: Props) {
  const { t } = useTranslation('backups')
  const format = useFormat()
  const comparison = useQuery('backups.compare', { name: backup.name }, { entities: [] })
  const restore = useRestore(onRestored)
  const [busy, setBusy] = useState(false)
  const when = format.dateTime(backup.createdAt)
  const confirm = async (): Promise<void> => {
    setBusy(true)
    const done = await restore(backup.name, backup.createdAt)
    setBusy(false)
    if (done) onClose()
  }
  return (
    <Dialog title={t('compare.title', { when })} description={t('compare.body')} onClose={onClose}>
      <div className="modal__body">
        {comparison.data ? (
          <table className="data-table backups__compare">
            <thead>
              <tr>
                <th scope="col">{t('compare.table')}</th>
                <th scope="col" className="num">
                  {t('compare.now')}
                </th>
                <th scope="col" className="num">
                  {t('compare.then')}
                </th>
                <th scope="col" className="num">
                  {t('compare.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.tables.map(({ table, now, then }) => (
                <tr key={table} data-table={table} className={now === then ? 'muted' : undefined}>
                  <th scope="row">{t(`tables.${table}`)}</th>
                  <td className="num tabular">{format.number(now)}</td>
                  <td className="num tabular">{format.number(then)}</td>
                  <td className="num tabular">{now === then ? '' : signed(then - now, format.number)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('compare.loading')}</p>
        )}
      </div>
      <footer className="modal__footer">
        <Button variant="ghost" onClick={onClose}>
          {t('compare.cancel')}
        </Button>
        <Button variant="danger" disabled={busy || !comparison.data} onClick={() => void confirm()}>
          {busy ? t('restoring') : t('compare.confirm')}
        </Button>
      </footer>
    </Dialog>
  )
}

const signed = (delta: number, number: (value: number) => string): string => (delta > 0 ? `+${number(delta)}` : number(delta))
