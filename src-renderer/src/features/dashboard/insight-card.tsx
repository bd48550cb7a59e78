import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnalyticsBasis } from '../../../../src-shared/domain/analytics'
import type { ChannelInput, ChannelOutput } from '../../../../src-shared/ipc'
import type { analyticsChannels } from '../../../../src-shared/ipc/channels/analytics'
import { BasisNote } from '../../components/insights/basis-note'
import { isDataReason } from '../../components/insights/data-reason'
import { Section } from '../../components/section'
import { Button } from '../../components/button'
import { errorMessage, IpcCallError } from '../../lib/ipc'
import { useQuery } from '../../lib/use-query'
import { AnalysisProgress } from './analysis-progress'
import { ANALYTICS_ENTITIES } from './api/entities'
import { BasisSummary } from './basis-summary'

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
  const { t } = useTranslation()
  const { data, error, reload } = useQuery(channel, input, { entities: ANALYTICS_ENTITIES })
  const basis = basisOf(data)
  return (
    <div className={wide ? 'dashboard-card dashboard-card--wide' : 'dashboard-card'}>
      <Section title={title} card>
        {note && <p className="dashboard-card__note">{note}</p>}
        {isCancelled(error) ? (
          <div className="cluster">
            <p role="status" className="muted">
              {t('dashboard:stopped')}
            </p>
            <Button size="sm" onClick={reload}>
              {t('dashboard:runAgain')}
            </Button>
          </div>
        ) : error !== undefined ? (
          // Too few months or customers is the data's state, said in muted words; a failure is an alert.
          <p role={isDataReason(error) ? 'status' : 'alert'} className={isDataReason(error) ? 'muted' : 'form-error'}>
            {t('dashboard:failed', { message: errorMessage(error) })}
          </p>
        ) : data === undefined ? (
          <AnalysisProgress channel={channel} />
        ) : (
          <>
            {children(data)}
            {basis && (
              <BasisNote>
                {method?.(data)}
                <BasisSummary basis={basis} />
              </BasisNote>
            )}
          </>
        )}
      </Section>
    </div>
  )
}

/** Every `analytics.*` result carries its basis (src-shared/domain/analytics.ts). */
const basisOf = (data: unknown): AnalyticsBasis | undefined => (data as { basis?: AnalyticsBasis } | undefined)?.basis

const isCancelled = (error: unknown): boolean => error instanceof IpcCallError && error.error.code === 'cancelled'
