import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTIVITY_KINDS, type LoggableActivityKind } from '../../../../../../src-shared/domain/customer-types'
import { Button } from '../../../../components/button'
import { SegmentedControl } from '../../../../components/segmented-control'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'

/**
 * "Log a call / visit / message / note" in two keystrokes: pick the kind, type, Ctrl+Enter. A
 * "next follow-up" day plans the follow-up task on the customer in the same step (one write).
 */
export function QuickLog({ customerId, onLogged }: { customerId: number; onLogged(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const followUpId = useId()
  const [kind, setKind] = useState<LoggableActivityKind>('call')
  const [body, setBody] = useState('')
  const [followUpDate, setFollowUpDate] = useState('')
  const [busy, setBusy] = useState(false)
  const log = async (): Promise<void> => {
    setBusy(true)
    const kindName = t(`customers:activityKinds.${kind}`)
    const followUp =
      followUpDate === ''
        ? undefined
        : {
            title: t('customers:ui.timeline.followUpTitle', { kind: kindName }),
            due: { kind: 'day' as const, date: followUpDate },
          }
    const done = await run(() => call('activities.add', { customerId, kind, body, followUp }))
    setBusy(false)
    if (!done) return
    setBody('')
    setFollowUpDate('')
    onLogged()
  }
  return (
    <form
      className="quick-log"
      aria-label={t('customers:ui.timeline.logLabel')}
      onSubmit={(event) => (event.preventDefault(), void log())}
    >
      <SegmentedControl
        label={t('customers:ui.timeline.kind')}
        hideLabel
        size="sm"
        value={kind}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`customers:activityKinds.${k}`) }))}
        onChange={setKind}
      />
      <textarea
        className="input quick-log__body"
        rows={2}
        maxLength={20000}
        value={body}
        aria-label={t('customers:ui.timeline.body')}
        placeholder={t('customers:ui.timeline.placeholder')}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
          event.preventDefault()
          void log()
        }}
      />
      <div className="quick-log__footer">
        <label className="field-inline" htmlFor={followUpId} title={t('customers:ui.timeline.followUpHint')}>
          <span>{t('customers:ui.timeline.followUp')}</span>
          <input
            id={followUpId}
            className="input input--sm"
            type="date"
            value={followUpDate}
            onChange={(event) => setFollowUpDate(event.target.value)}
          />
        </label>
        <Button type="submit" size="sm" variant="primary" disabled={busy} aria-keyshortcuts="Control+Enter">
          {t('customers:ui.timeline.log', { kind: t(`customers:activityKinds.${kind}`) })}
        </Button>
      </div>
    </form>
  )
}
