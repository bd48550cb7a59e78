import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../../src-shared/ipc/channels/backups'
import { Badge } from '../../components/badge'
import { Button } from '../../components/button'
import { useFormat } from '../../lib/use-format'
import { formatSize } from './format-size'
import { useRowSummary } from './use-row-summary'

/** Every backup, newest first: when, how it came to be, its size and the rows it holds. */
export function BackupList({ backups, onReview }: { backups: BackupEntry[]; onReview(backup: BackupEntry): void }) {
  const { t } = useTranslation('backups')
  const format = useFormat()
  const summary = useRowSummary()
  if (backups.length === 0) return <p className="muted">{t('empty')}</p>
  return (
    <table className="data-table backups__list">
      <thead>
        <tr>
          <th scope="col">{t('columns.time')}</th>
          <th scope="col">{t('columns.kind')}</th>
          <th scope="col" className="num">
            {t('columns.size')}
          </th>
          <th scope="col">{t('columns.rows')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('review')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name} data-backup={backup.name}>
            <td className="tabular">{format.dateTime(backup.createdAt)}</td>
            <td>
              {t(`kinds.${backup.kind}`)} {!backup.verified && <Badge tone="warning">{t('notChecked')}</Badge>}
            </td>
            <td className="num tabular">{formatSize(backup.bytes, format.number)}</td>
            <td className="tabular">{backup.counts ? Object.values(summary(backup.counts)).join(' · ') : '—'}</td>
            <td>
              <Button size="sm" onClick={() => onReview(backup)}>
                {t('review')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
