import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../../src-shared/domain/campaign-types'
import { Section } from '../../../components/section'
import { useFormat } from '../../../lib/use-format'
import { NS } from './entities'
import { multipleText, ratioText } from './ratio-text'

/** The campaign's figures as tiles, why any is missing, its control, and the attribution rule in words. */
export function CampaignFigures({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const x = campaign.figures
  const none = t(`${NS}:figures.none`)
  type TileKey =
    | 'members'
    | 'contacted'
    | 'responders'
    | 'buyers'
    | 'orders'
    | 'revenue'
    | 'grossProfit'
    | 'cost'
    | 'roi'
    | 'roas'
    | 'costPerBuyer'
  const tiles: [key: TileKey, value: string][] = [
    ['members', f.number(x.members)],
    ['contacted', f.number(x.contacted)],
    ['responders', f.number(x.responders)],
    ['buyers', f.number(x.buyers)],
    ['orders', f.number(x.orders)],
    ['revenue', f.money(x.revenue)],
    ['grossProfit', f.money(x.grossProfit)],
    ['cost', f.money(x.cost)],
    ['roi', ratioText(f, x.roi, none)],
    ['roas', multipleText(f, x.roas, none)],
    ['costPerBuyer', x.costPerBuyer === null ? none : f.money(Math.round(x.costPerBuyer))],
  ]
  const rate = (v: number | null): string => (v === null ? none : f.percent(v, 1))
  return (
    <Section title={t(`${NS}:figures.title`)} card>
      <dl className="campaign-figures">
        {tiles.map(([key, value]) => (
          <div key={key} className={`campaign-figures__tile campaign-figures__tile--${key}`}>
            <dt>{t(`${NS}:figures.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="campaign-figures__notes muted">
        {x.roi === null && <li>{t(`${NS}:figures.roiUndefined`)}</li>}
        {x.costPerBuyer === null && x.cost > 0 && <li>{t(`${NS}:figures.noBuyers`)}</li>}
        {x.linesWithoutCost > 0 && <li>{t(`${NS}:figures.linesWithoutCost`, { count: x.linesWithoutCost })}</li>}
        {x.control && (
          <li>
            {t(`${NS}:figures.control`, {
              customers: f.number(x.control.customers),
              buyers: f.number(x.control.buyers),
              rate: rate(x.control.buyerRate),
              memberRate: rate(x.control.memberBuyerRate),
              revenue: f.money(x.control.revenue),
            })}
          </li>
        )}
        <li>{t(`${NS}:figures.formula`)}</li>
      </ul>
      <p className="campaign-figures__rule">
        {campaign.attributionDays === 0
          ? t(`${NS}:figures.rule_zero`)
          : t(`${NS}:figures.rule`, { days: campaign.attributionDays })}
      </p>
    </Section>
  )
}
