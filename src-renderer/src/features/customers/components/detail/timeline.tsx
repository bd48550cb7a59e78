import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Activity } from '../../../../../../src-shared/domain/customer-types'
import { Button } from '../../../../components/button'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { useEnumLabel } from '../../../../lib/use-enum-label'
import { useFormat } from '../../../../lib/use-format'

const PAGE = 50

/** Newest first: activities and purchases; older entries load on request. */
export function Timeline({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useEnumLabel()
  const run = useActionRunner()
  const first = useQuery('customers.timeline', { customerId, limit: PAGE }, { entities: CUSTOMER_ENTITIES })
  // Older pages belong to the first page they continue; a refreshed first page drops them.
  const [older, setOlder] = useState<{ base: Activity[] | undefined; rows: Activity[]; done: boolean }>({
    base: undefined,
    rows: [],
    done: false,
  })
  const extra = older.base === first.data ? older : { rows: [], done: false }
  const entries = [...(first.data ?? []), ...extra.rows]
  const more = async (): Promise<void> => {
    const before = entries.at(-1)?.at
    if (!before) return
    const rows = await run(() => call('customers.timeline', { customerId, before, limit: PAGE }))
    if (rows) setOlder({ base: first.data, rows: [...extra.rows, ...rows], done: rows.length < PAGE })
  }
  if (first.data && entries.length === 0) return <p className="muted">{t('customers:ui.timeline.empty')}</p>
  return (
    <>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.key} className={`timeline__item timeline__item--${entry.kind}`}>
            <p className="timeline__meta">
              <strong>{label('activityKind', entry.kind)}</strong>
              <time dateTime={entry.at}>{f.dateTime(entry.at)}</time>
            </p>
            {entry.order ? (
              <p>
                {t('customers:ui.timeline.order', {
                  number: entry.order.number,
                  total: f.money(entry.order.total),
                  status: label('orderStatus', entry.order.status),
                })}
              </p>
            ) : (
              entry.body && <p className="timeline__body">{entry.body}</p>
            )}
          </li>
        ))}
      </ol>
      {(first.data?.length ?? 0) >= PAGE && !extra.done && (
        <Button size="sm" variant="ghost" onClick={() => void more()}>
          {t('customers:ui.timeline.more')}
        </Button>
      )}
    </>
  )
}
