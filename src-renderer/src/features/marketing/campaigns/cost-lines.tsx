import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { parseMoney } from '../../../../../src-shared/domain/money'
import type { CampaignDetail } from '../../../../../src-shared/domain/campaign-types'
import { Button } from '../../../components/button'
import { IconButton } from '../../../components/icon-button'
import { Section } from '../../../components/section'
import { showToast } from '../../../components/toast'
import { today } from './today'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { NS } from './entities'

/** The campaign's cost, line by line (the cost is their sum); a removed line can be put back. */
export function CostLines({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const [spentOn, setSpentOn] = useState(today())
  const [item, setItem] = useState('')
  const [amount, setAmount] = useState('')
  const parsed = parseMoney(amount)
  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!parsed.ok || parsed.value < 0) return
    const line = { spentOn, item, amount: parsed.value }
    if (await run(() => call('campaigns.addCostLine', { campaignId: campaign.id, line }))) {
      setItem('')
      setAmount('')
    }
  }
  const remove = async (id: number) => {
    const removed = await run(() => call('campaigns.removeCostLine', { id }))
    if (!removed) return
    const { spentOn: day, item: what, amount: value } = removed
    showToast({
      message: t(`${NS}:costs.removed`),
      action: {
        label: t(`${NS}:actions.undo`),
        onAction: () =>
          void run(() =>
            call('campaigns.addCostLine', { campaignId: campaign.id, line: { spentOn: day, item: what, amount: value } }),
          ),
      },
    })
  }
  return (
    <Section title={t(`${NS}:costs.title`)} card>
      {campaign.costLines.length === 0 ? (
        <p className="muted">{t(`${NS}:costs.empty`)}</p>
      ) : (
        <table className="data-table data-table--wrap campaign-costs">
          <thead>
            <tr>
              <th scope="col">{t(`${NS}:costs.spentOn`)}</th>
              <th scope="col">{t(`${NS}:costs.item`)}</th>
              <th scope="col" className="num">
                {t(`${NS}:costs.amount`)}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t(`${NS}:costs.remove`)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {campaign.costLines.map((line) => (
              <tr key={line.id}>
                <td>{f.date(line.spentOn)}</td>
                <td>{line.item || <span className="muted">{t(`${NS}:costs.noItem`)}</span>}</td>
                <td className="num">{f.money(line.amount)}</td>
                <td>
                  <IconButton icon="trash" aria-label={t(`${NS}:costs.remove`)} onClick={() => void remove(line.id)} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3} className="num">
                {t(`${NS}:costs.total`, { amount: f.money(campaign.figures.cost) })}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <form className="cluster campaign-costs__add" onSubmit={add}>
        <input type="date" aria-label={t(`${NS}:costs.spentOn`)} value={spentOn} onChange={(e) => setSpentOn(e.target.value)} />
        <input
          aria-label={t(`${NS}:costs.item`)}
          placeholder={t(`${NS}:costs.item`)}
          maxLength={200}
          value={item}
          onChange={(e) => setItem(e.target.value)}
        />
        <input
          aria-label={t(`${NS}:costs.amount`)}
          placeholder={t(`${NS}:costs.amount`)}
          inputMode="decimal"
          aria-invalid={amount !== '' && !parsed.ok}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <Button type="submit" size="sm" icon="plus" disabled={!parsed.ok}>
          {t(`${NS}:costs.add`)}
        </Button>
      </form>
    </Section>
  )
}
