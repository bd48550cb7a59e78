import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignMark } from '../../../../../src-shared/domain/campaign'
import type { CampaignDetail } from '../../../../../src-shared/domain/campaign-types'
import { Button } from '../../../components/button'
import { Section } from '../../../components/section'
import { SegmentedControl } from '../../../components/segmented-control'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { CAMPAIGN_ENTITIES, NS } from './entities'
import { today } from './today'

const FILTERS = ['all', 'contacted', 'notContacted', 'responded', 'bought'] as const
type Filter = (typeof FILTERS)[number]
const PAGE = 100

/** The campaign's members with their marks and purchases; select some, mark them contacted or responded on a day. */
export function CampaignMembers({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const [filter, setFilter] = useState<Filter>('all')
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [on, setOn] = useState(today())
  const input = { id: campaign.id, offset, limit: PAGE, ...(filter === 'all' ? {} : { filter }) }
  const { data } = useQuery('campaigns.members', input, { entities: CAMPAIGN_ENTITIES })
  const rows = data?.rows ?? []
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.customerId))
  const mark = async (what: CampaignMark, day: string | null) => {
    const result = await run(() => call('campaigns.mark', { id: campaign.id, customerIds: [...selected], mark: what, on: day }))
    if (!result) return
    setSelected(new Set())
    const { batch } = result
    showToast({
      tone: 'success',
      message: t(`${NS}:members.marked`, { count: result.changed }),
      ...(batch === undefined ? {} : { action: { label: t(`${NS}:actions.undo`), onAction: () => void undo(batch) } }),
    })
  }
  const undo = async (batch: number) => {
    const result = await run(() => call('campaigns.undoMark', { id: campaign.id, batch }))
    if (result) showToast({ tone: 'success', message: t(`${NS}:members.unmarked`, { count: result.restored }) })
  }
  if (campaign.status === 'draft') {
    return (
      <Section title={t(`${NS}:members.title`)} card>
        <p className="muted">{t(`${NS}:members.empty`)}</p>
      </Section>
    )
  }
  return (
    <Section title={t(`${NS}:members.title`)} card>
      <div className="cluster campaign-members__bar">
        <SegmentedControl
          label={t(`${NS}:members.title`)}
          hideLabel
          value={filter}
          options={FILTERS.map((value) => ({ value, label: t(`${NS}:members.filter.${value}`) }))}
          onChange={(next) => {
            setFilter(next)
            setOffset(0)
          }}
        />
        <span className="muted">{t(`${NS}:members.count`, { count: data?.total ?? 0 })}</span>
      </div>
      <div className="cluster campaign-members__bulk" aria-live="polite">
        <span>{t(`${NS}:members.selected`, { count: selected.size })}</span>
        <input type="date" aria-label={t(`${NS}:members.on`)} value={on} onChange={(e) => setOn(e.target.value)} />
        <Button size="sm" disabled={selected.size === 0 || !on} onClick={() => void mark('contacted', on)}>
          {t(`${NS}:members.markContacted`)}
        </Button>
        <Button size="sm" disabled={selected.size === 0 || !on} onClick={() => void mark('responded', on)}>
          {t(`${NS}:members.markResponded`)}
        </Button>
        <Button size="sm" variant="ghost" disabled={selected.size === 0} onClick={() => void mark('contacted', null)}>
          {t(`${NS}:members.clearContacted`)}
        </Button>
      </div>
      <table className="data-table campaign-members">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t(`${NS}:members.selectAll`)}
                checked={allShown}
                onChange={() => setSelected(allShown ? new Set() : new Set(rows.map((r) => r.customerId)))}
              />
            </th>
            <th scope="col">{t(`${NS}:members.name`)}</th>
            <th scope="col">{t(`${NS}:members.contacted`)}</th>
            <th scope="col">{t(`${NS}:members.responded`)}</th>
            <th scope="col" className="num">
              {t(`${NS}:members.orders`)}
            </th>
            <th scope="col" className="num">
              {t(`${NS}:members.revenue`)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.customerId} aria-selected={selected.has(r.customerId)}>
              <td>
                <input
                  type="checkbox"
                  aria-label={r.name}
                  checked={selected.has(r.customerId)}
                  onChange={() => toggle(r.customerId)}
                />
              </td>
              <td>{r.name}</td>
              <td>{r.contactedAt ? f.date(r.contactedAt) : ''}</td>
              <td>{r.respondedAt ? f.date(r.respondedAt) : ''}</td>
              <td className="num">{f.number(r.orders)}</td>
              <td className="num">{f.money(r.revenue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.total > PAGE && (
        <div className="cluster campaign-members__pages">
          <Button size="sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t(`${NS}:members.previous`)}
          </Button>
          <span className="muted">
            {t(`${NS}:members.range`, { from: offset + 1, to: Math.min(offset + PAGE, data.total), total: data.total })}
          </span>
          <Button size="sm" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
            {t(`${NS}:members.next`)}
          </Button>
        </div>
      )}
    </Section>
  )
}
