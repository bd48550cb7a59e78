import type { ClustersInput } from '../../../../../src-shared/ipc/channels/analytics'
import type { AnswerDrill } from '../../../../../src-shared/ipc/channels/drill'
import type { RfmSegment } from '../../../../../src-shared/domain/analytics'
import type { drill as drillCatalog } from '../../../../../src-shared/i18n/locales/en/drill'
import { formatDate } from '../../../lib/format'
import { currentLocale, i18n } from '../../../lib/i18n'
import { useNavigationStore, type Route } from '../../../stores/navigation'

/**
 * Drill-down: from a chart's mark to the list of the records behind it. Each function opens a
 * list with the filter the main process answers by the chart's own definition
 * (src-main/insights/drill/) and the words its chip shows; Back returns to the dashboard as it
 * was (the period lives in its own store). Plain functions, callable from any card's click.
 */

const go = (route: Route): void => useNavigationStore.getState().navigate(route)
type DrillLabels = (typeof drillCatalog)['label']
type Label = `drill:label.${keyof DrillLabels & string}`
const t = (key: Label, params: Record<string, string | number>): string => i18n.t(key, params)

/** "1 Dec 2026" or "1 Dec 2026 – 7 Dec 2026" in the UI language. */
export function rangeLabel(from: string, to: string): string {
  const locale = currentLocale()
  return from === to ? formatDate(from, locale) : `${formatDate(from, locale)} – ${formatDate(to, locale)}`
}

/** Counted orders (the sales rule) of local days `from`..`to`: a trend bucket or a month of history. */
export function drillToOrders({ from, to }: { from: string; to: string }): void {
  go({
    page: 'orders',
    tab: 'orders',
    drill: {
      filter: { from, to, drill: { counted: true } },
      label: t('drill:label.countedOrders', { range: rangeLabel(from, to) }),
    },
  })
}

/** A campaign's attributed orders (optionally within a period, as its card counts them). */
export function drillToCampaignOrders(campaign: { id: number; name: string }, period?: { from: string; to: string }): void {
  go({
    page: 'orders',
    tab: 'orders',
    drill: {
      filter: { ...period, drill: { counted: true, campaignId: campaign.id } },
      label: t('drill:label.campaignOrders', { campaign: campaign.name }),
    },
  })
}

/** The orders holding every product of a bundle rule (optionally within a period, as its card counts them). */
export function drillToBundleOrders(
  products: { productId: number; name: string }[],
  period?: { from: string; to: string },
): void {
  const items = products.map((p) => p.name).join(' + ')
  go({
    page: 'orders',
    tab: 'orders',
    drill: {
      filter: { ...period, drill: { counted: true, productIds: products.map((p) => p.productId) } },
      label: t('drill:label.bundleOrders', { items }),
    },
  })
}

export function drillToRfmSegment(segment: RfmSegment, segmentName: string, asOf: string): void {
  go({
    page: 'customers',
    drill: {
      filter: { kind: 'rfm', segment, asOf },
      label: t('drill:label.rfm', { segment: segmentName, date: formatDate(asOf, currentLocale()) }),
    },
  })
}

export function drillToCluster(clusters: ClustersInput, cluster: number, groupName: string): void {
  go({
    page: 'customers',
    drill: {
      filter: { kind: 'cluster', clusters, cluster },
      label: t('drill:label.cluster', { group: groupName, k: clusters.k }),
    },
  })
}

/** The deals a funnel stage counts (created in the range, when the funnel has one). */
export function drillToFunnelStage(stage: { stageId: number; name: string }, range: { from?: string; to?: string } = {}): void {
  const label =
    range.from && range.to
      ? t('drill:label.funnelRange', { stage: stage.name, range: rangeLabel(range.from, range.to) })
      : t('drill:label.funnel', { stage: stage.name })
  go({ page: 'pipeline', drill: { filter: { reachedStageId: stage.stageId, ...range }, label } })
}

/** Tickets opened on local days `from`..`to` (a month's ticket-volume bar). */
export function drillToTickets({ from, to }: { from: string; to: string }): void {
  go({ page: 'tickets', drill: { filter: { from, to }, label: t('drill:label.tickets', { range: rangeLabel(from, to) }) } })
}

/** The NPS groups by score: detractors 0–6, passives 7–8, promoters 9–10 (the service figures' split). */
export const NPS_GROUPS = { detractors: [0, 6], passives: [7, 8], promoters: [9, 10] } as const
export type NpsGroup = keyof typeof NPS_GROUPS

const answers = (filter: AnswerDrill, label: string): void => go({ page: 'tickets', answers: { filter, label } })

/** The CSAT answers of one score given on local days `from`..`to` (a CSAT bar). */
export function drillToCsatAnswers(score: number, { from, to }: { from: string; to: string }): void {
  const filter: AnswerDrill = { kind: 'csat', minScore: score, maxScore: score, from, to }
  answers(filter, t('drill:label.csatAnswers', { score, range: rangeLabel(from, to) }))
}

/** The NPS answers of one group given on local days `from`..`to`; `groupName` in the UI language. */
export function drillToNpsGroup(group: NpsGroup, groupName: string, { from, to }: { from: string; to: string }): void {
  const [minScore, maxScore] = NPS_GROUPS[group]
  const filter: AnswerDrill = { kind: 'nps', minScore, maxScore, from, to }
  answers(
    filter,
    t('drill:label.npsAnswers', { group: groupName, scores: `${minScore}–${maxScore}`, range: rangeLabel(from, to) }),
  )
}
