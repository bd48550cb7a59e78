import { useTranslation } from 'react-i18next'
import type { SegmentListItem } from '../../../../../src-shared/ipc/channels/segments'
import { Button } from '../../../components/button'
import { useFormat } from '../../../lib/use-format'

export interface SegmentListProps {
  segments: SegmentListItem[] | undefined
  selected: number | null
  onSelect(id: number | null): void
}

/** Saved segments with their counts now; snapshots carry their date. */
export function SegmentList({ segments, selected, onSelect }: SegmentListProps) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <section className="stack segment-list" aria-label={t('marketing-segments:list.title')}>
      <div className="cluster segment-list__head">
        <h2>{t('marketing-segments:list.title')}</h2>
        <Button size="sm" icon="plus" onClick={() => onSelect(null)}>
          {t('marketing-segments:list.new')}
        </Button>
      </div>
      {segments?.length === 0 && <p className="muted">{t('marketing-segments:list.empty')}</p>}
      <ul className="segment-list__items">
        {segments?.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`segment-list__item${s.id === selected ? ' is-selected' : ''}`}
              aria-current={s.id === selected ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <span className="segment-list__name">{s.name}</span>
              <span className="muted">
                {t('marketing-segments:list.customers', { count: s.count, formatted: f.number(s.count) })}
                {s.frozenAt && ` · ${t('marketing-segments:list.snapshot', { date: f.date(s.frozenAt) })}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
