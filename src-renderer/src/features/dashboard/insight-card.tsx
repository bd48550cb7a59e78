import type { ReactNode } from 'react'
import type { AnalyticsBasis } from '../../../../src-shared/domain/analytics'
import type { ChannelInput, ChannelOutput } from '../../../../src-shared/ipc'
import type { analyticsChannels } from '../../../../src-shared/ipc/channels/analytics'
import { AnalysisBody } from '../../components/insights/analysis-body'
import { BasisNote } from '../../components/insights/basis-note'
import { Section } from '../../components/section'
import { useQuery } from '../../lib/use-query'
import { ANALYTICS_ENTITIES } from './api/entities'
import { BasisSummary } from '../../components/insights/basis-summary'

type AnalyticsChannel = keyof typeof analyticsChannels

export interface InsightCardProps<C extends AnalyticsChannel> {
  title: string
  /** Said under the title: how the card relates to the period when it does not follow it. */
  note?: string
  channel: C
  input: ChannelInput<C>
  /** What the card shows once its analysis has answered. */
  children(data: ChannelOutput<C>): ReactNode
  /** How the figure was made beyond its basis: the model, its fit or error. */
  method?(data: ChannelOutput<C>): ReactNode
  wide?: boolean
}

/**
 * One dashboard card over one analysis: it asks on its own, so a slow model (in the worker)
 * never holds up the others; while it computes the card shows its progress (with Cancel), and
 * a failure stays in the card, in the UI language. Every card ends with "How this was made".
 */
export function InsightCard<C extends AnalyticsChannel>({
  title,
  note,
  channel,
  input,
  children,
  method,
  wide,
}: InsightCardProps<C>) {
  const query = useQuery(channel, input, { entities: ANALYTICS_ENTITIES })
  const basis = basisOf(query.data)
  return (
    <div className={wide ? 'dashboard-card dashboard-card--wide' : 'dashboard-card'}>
      <Section title={title} card>
        {note && <p className="dashboard-card__note">{note}</p>}
        <AnalysisBody query={query} progressKind={channel}>
          {(answer) => (
            <>
              {children(answer)}
              {basis && (
                <BasisNote>
                  {method?.(answer)}
                  <BasisSummary basis={basis} />
                </BasisNote>
              )}
            </>
          )}
        </AnalysisBody>
      </Section>
    </div>
  )
}

/** Every `analytics.*` result carries its basis (src-shared/domain/analytics.ts). */
const basisOf = (data: unknown): AnalyticsBasis | undefined => (data as { basis?: AnalyticsBasis } | undefined)?.basis
