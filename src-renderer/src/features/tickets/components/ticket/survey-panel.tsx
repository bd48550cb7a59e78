import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveyRequestRow } from '../../../../../../src-shared/domain/survey-types'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useFormat } from '../../../../lib/use-format'
import { ChannelSelect, InlineSelect } from '../inline-select'

const RECORD_CHANNELS = ['phone', 'wechat', 'paper', 'in_person', 'sms'] as const

/** A survey request: its answers, or a form to record the answer the owner heard. */
export function SurveyPanel({ survey }: { survey: SurveyRequestRow | null }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (!survey) return <p className="muted">{t('tickets:survey.none')}</p>
  const { csat, nps } = survey.answers
  return (
    <div className="stack survey-panel">
      <p className="muted">{t('tickets:survey.asked', { at: f.dateTime(survey.requestedAt) })}</p>
      {survey.answered ? <Answered survey={survey} /> : <RecordForm survey={survey} />}
      {(csat ?? nps)?.comment && <p className="ticket-text">{(csat ?? nps)?.comment}</p>}
    </div>
  )
}

function Answered({ survey }: { survey: SurveyRequestRow }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const { csat, nps } = survey.answers
  return (
    <>
      <p>
        <strong>{t('tickets:survey.answered')}</strong>
        {csat && ` · ${t('tickets:survey.csat')} ${csat.score}`}
        {nps && ` · ${t('tickets:survey.nps')} ${nps.score}`}
      </p>
      <div className="cluster">
        <Button size="sm" variant="ghost" onClick={() => void run(() => call('surveys.unrecord', { requestId: survey.id }))}>
          {t('tickets:survey.unrecord')}
        </Button>
      </div>
    </>
  )
}

/** Records an answer; only the questions the request asks are offered. */
export function RecordForm({ survey, onDone }: { survey: SurveyRequestRow; onDone?(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [csat, setCsat] = useState('')
  const [nps, setNps] = useState('')
  const [comment, setComment] = useState('')
  const [channel, setChannel] = useState<(typeof RECORD_CHANNELS)[number]>('phone')
  const scores = (from: number, to: number) => [
    { value: '', label: '—' },
    ...Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(from + i), label: String(from + i) })),
  ]
  const score = (label: string, value: string, set: (v: string) => void, options: { value: string; label: string }[]) => (
    <InlineSelect label={label} value={value} options={options} onChange={set} />
  )
  const record = async (): Promise<void> => {
    const input = {
      requestId: survey.id,
      ...(csat ? { csat: Number(csat) } : {}),
      ...(nps ? { nps: Number(nps) } : {}),
      comment,
      channel,
    }
    if (!(await run(() => call('surveys.record', input)))) return
    showToast({ tone: 'success', message: t('tickets:survey.recorded') })
    onDone?.()
  }
  return (
    <form
      className="stack"
      aria-label={t('tickets:survey.record')}
      onSubmit={(e) => {
        e.preventDefault()
        void record()
      }}
    >
      <p className="muted">{t('tickets:survey.open')}</p>
      <div className="cluster">
        {survey.asks.csat && score(t('tickets:survey.csat'), csat, setCsat, scores(1, 5))}
        {survey.asks.nps && score(t('tickets:survey.nps'), nps, setNps, scores(0, 10))}
        <ChannelSelect
          label={t('tickets:survey.channel')}
          value={channel}
          channels={RECORD_CHANNELS}
          enumName="answerChannel"
          onChange={setChannel}
        />
      </div>
      <input
        className="input"
        aria-label={t('tickets:survey.comment')}
        placeholder={t('tickets:survey.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="cluster">
        <Button type="submit" size="sm" variant="primary" disabled={!csat && !nps}>
          {t('tickets:survey.record')}
        </Button>
      </div>
    </form>
  )
}
