import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/badge'
import { Button } from '../../../components/button'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { CampaignFormDialog } from './campaign-form-dialog'
import { CAMPAIGN_ENTITIES, NS } from './entities'
import { multipleText, ratioText } from './ratio-text'
import { STATUS_TONE } from './status-tone'

/** Every campaign with cost, revenue, ROI and ROAS at a glance; a name opens its page. */
export function CampaignList({ onOpen }: { onOpen(id: number): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const [creating, setCreating] = useState(false)
  const { data: campaigns } = useQuery('campaigns.list', {}, { entities: CAMPAIGN_ENTITIES })
  const none = t(`${NS}:figures.none`)
  return (
    <section className="stack campaign-list" aria-label={t(`${NS}:title`)}>
      <div className="cluster campaign-list__head">
        <h2>{t(`${NS}:title`)}</h2>
        <Button variant="primary" size="sm" icon="plus" onClick={() => setCreating(true)}>
          {t(`${NS}:create`)}
        </Button>
      </div>
      {campaigns?.length === 0 && <p className="muted">{t(`${NS}:empty`)}</p>}
      {campaigns && campaigns.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t(`${NS}:columns.name`)}</th>
              <th scope="col">{t(`${NS}:columns.channel`)}</th>
              <th scope="col">{t(`${NS}:columns.status`)}</th>
              <th scope="col">{t(`${NS}:columns.dates`)}</th>
              <th scope="col" className="num">
                {t(`${NS}:columns.cost`)}
              </th>
              <th scope="col" className="num">
                {t(`${NS}:columns.revenue`)}
              </th>
              <th scope="col" className="num">
                {t(`${NS}:columns.roi`)}
              </th>
              <th scope="col" className="num">
                {t(`${NS}:columns.roas`)}
              </th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id}>
                <td>
                  <a
                    href="#"
                    onClick={(e) => {
                      e.preventDefault()
                      onOpen(c.id)
                    }}
                  >
                    {c.name}
                  </a>
                </td>
                <td>{t(`${NS}:channel.${c.channel}`)}</td>
                <td>
                  <Badge tone={STATUS_TONE[c.status]}>{t(`${NS}:status.${c.status}`)}</Badge>
                </td>
                <td>{[c.startsOn, c.endsOn].map((d) => (d ? f.date(d) : '')).join(' – ')}</td>
                <td className="num">{f.money(c.figures.cost)}</td>
                <td className="num">{f.money(c.figures.revenue)}</td>
                <td className={`num campaign-roi${(c.figures.roi ?? 0) < 0 ? ' is-negative' : ''}`}>
                  {ratioText(f, c.figures.roi, none)}
                </td>
                <td className="num">{multipleText(f, c.figures.roas, none)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <CampaignFormDialog onClose={() => setCreating(false)} onSaved={(id) => onOpen(id)} />}
    </section>
  )
}
