import { useTranslation } from 'react-i18next'
import { useQuery } from '../../../../lib/use-query'
import { CANNED_ENTITIES } from '../../api/entities'

/** The canned replies whose title matches what follows the `/`; a click inserts one. */
export function CannedPicker({ query, onPick }: { query: string; onPick(body: string): void }) {
  const { t } = useTranslation()
  const replies = useQuery('tickets.cannedReplies', {}, { entities: CANNED_ENTITIES }).data
  if (!replies) return null
  const needle = query.toLowerCase()
  const matching = replies.filter((r) => r.title.toLowerCase().includes(needle))
  if (replies.length === 0) return <p className="muted">{t('tickets:compose.noCanned')}</p>
  return (
    <ul className="canned-picker" aria-label={t('tickets:compose.canned')}>
      {matching.map((r) => (
        <li key={r.id}>
          <button type="button" className="canned-picker__item" onClick={() => onPick(r.body)}>
            <strong>{r.title}</strong> <span className="muted">{r.body}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
