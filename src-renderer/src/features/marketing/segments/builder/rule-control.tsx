import { useTranslation } from 'react-i18next'
import { RFM_SEGMENTS } from '../../../../../../src-shared/domain/analytics'
import { CAMPAIGN_RESPONSES, CHURN_BANDS, LIFECYCLE_STAGES, type SegmentRule } from '../../../../../../src-shared/domain/segment'
import { useQuery } from '../../../../lib/use-query'
import { BoughtControl } from './controls/bought-control'
import { ChoiceChecks } from './controls/choice-checks'
import { NumberRange } from './controls/number-range'

const NS = 'marketing-segments:rules'

/** The inputs of one filter, by its kind. */
export function RuleControl({ rule, onChange }: { rule: SegmentRule; onChange(next: SegmentRule): void }) {
  const { t } = useTranslation()
  const tags = useQuery('tags.list', rule.kind === 'tags' ? {} : null, { entities: ['tags'] }).data ?? []
  const facets = useQuery('customers.facets', rule.kind === 'city' || rule.kind === 'source' ? {} : null, {
    entities: ['customers'],
  }).data
  const campaigns = useQuery('campaigns.choices', rule.kind === 'campaign' ? {} : null, { entities: ['campaigns'] }).data ?? []
  const kindLabel = t(`${NS}.kinds.${rule.kind}`)
  switch (rule.kind) {
    case 'neverBought':
      return null
    case 'lastPurchase':
      return (
        <>
          <select
            aria-label={kindLabel}
            value={rule.op}
            onChange={(e) => onChange({ ...rule, op: e.target.value as typeof rule.op })}
          >
            <option value="moreThanDaysAgo">{t(`${NS}.lastPurchaseOp.moreThanDaysAgo`)}</option>
            <option value="withinDays">{t(`${NS}.lastPurchaseOp.withinDays`)}</option>
          </select>
          <input
            type="number"
            min={0}
            className="segment-rule__number"
            aria-label={t(`${NS}.days`)}
            value={rule.days}
            onChange={(e) => onChange({ ...rule, days: Math.round(Number(e.target.value)) })}
          />
        </>
      )
    case 'orderCount':
    case 'totalSpend':
    case 'averageOrderValue':
      return (
        <NumberRange
          min={rule.min}
          max={rule.max}
          money={rule.kind !== 'orderCount'}
          onChange={(b) => onChange({ ...rule, ...b })}
        />
      )
    case 'bought':
      return <BoughtControl rule={rule} onChange={onChange} />
    case 'tags':
      return (
        <>
          <select
            aria-label={kindLabel}
            value={rule.op}
            onChange={(e) => onChange({ ...rule, op: e.target.value as typeof rule.op })}
          >
            {(['any', 'all', 'none'] as const).map((op) => (
              <option key={op} value={op}>
                {t(`${NS}.tagOp.${op}`)}
              </option>
            ))}
          </select>
          <ChoiceChecks
            label={kindLabel}
            options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
            value={rule.tagIds}
            onChange={(tagIds) => onChange({ ...rule, tagIds })}
          />
        </>
      )
    case 'city':
    case 'source': {
      const values = (rule.kind === 'city' ? facets?.cities : facets?.sources) ?? []
      return (
        <ChoiceChecks
          label={kindLabel}
          options={values.map((v) => ({ value: v, label: v }))}
          value={rule.values}
          onChange={(next) => onChange({ ...rule, values: next })}
        />
      )
    }
    case 'created':
      return (
        <>
          <input
            type="date"
            aria-label={t(`${NS}.from`)}
            value={rule.from ?? ''}
            onChange={(e) => onChange({ ...rule, from: e.target.value || undefined })}
          />
          <input
            type="date"
            aria-label={t(`${NS}.to`)}
            value={rule.to ?? ''}
            onChange={(e) => onChange({ ...rule, to: e.target.value || undefined })}
          />
        </>
      )
    case 'lifecycle':
      return (
        <ChoiceChecks
          label={kindLabel}
          options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`marketing-segments:lifecycle.stages.${s}`) }))}
          value={rule.stages}
          onChange={(stages) => onChange({ ...rule, stages })}
        />
      )
    case 'rfm':
      return (
        <ChoiceChecks
          label={kindLabel}
          options={RFM_SEGMENTS.map((s) => ({ value: s, label: t(`analytics:rfm.segments.${s}.name`) }))}
          value={rule.segments}
          onChange={(segments) => onChange({ ...rule, segments })}
        />
      )
    case 'churnRisk':
      return (
        <ChoiceChecks
          label={kindLabel}
          options={CHURN_BANDS.map((b) => ({ value: b, label: t(`marketing-segments:churnBands.${b}`) }))}
          value={rule.bands}
          onChange={(bands) => onChange({ ...rule, bands })}
        />
      )
    case 'cluster':
      return (
        <>
          <select
            aria-label={t(`${NS}.k`)}
            value={rule.k}
            onChange={(e) => onChange({ ...rule, k: Number(e.target.value), clusters: [0] })}
          >
            {[2, 3, 4, 5, 6, 7, 8].map((k) => (
              <option key={k} value={k}>
                {t(`${NS}.k`)} = {k}
              </option>
            ))}
          </select>
          <ChoiceChecks
            label={kindLabel}
            options={Array.from({ length: rule.k }, (_, i) => ({ value: i, label: t(`${NS}.clusterN`, { n: i + 1 }) }))}
            value={rule.clusters}
            onChange={(clusters) => onChange({ ...rule, clusters })}
          />
        </>
      )
    case 'campaign':
      return (
        <>
          <select
            aria-label={t(`${NS}.campaign`)}
            value={rule.campaignId}
            onChange={(e) => onChange({ ...rule, campaignId: Number(e.target.value) })}
          >
            <option value={0} disabled>
              {t(`${NS}.campaign`)}
            </option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <select
            aria-label={kindLabel}
            value={rule.response}
            onChange={(e) => onChange({ ...rule, response: e.target.value as typeof rule.response })}
          >
            {CAMPAIGN_RESPONSES.map((r) => (
              <option key={r} value={r}>
                {t(`${NS}.response.${r}`)}
              </option>
            ))}
          </select>
        </>
      )
  }
}
