import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceSettings } from '../../../../../../src-shared/domain/service-settings'
import { TICKET_PRIORITIES } from '../../../../../../src-shared/domain/ticket'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { call, errorMessage } from '../../../../lib/ipc'
import { useQuery } from '../../../../lib/use-query'
import { datesToText, intervalsToText, textToDates, textToIntervals } from '../../lib/calendar-text'
import { TargetsTable, type Targets } from './targets-table'

/** Sunday first, as the calendar stores the week; names from the browser in the UI language. */
const weekdayName = (locale: string, day: number): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 1 + day)))

/** Settings → Service: SLA targets, business hours per weekday, closed and make-up days, time zone, survey questions. */
export function SlaSettingsSection() {
  const { data } = useQuery('tickets.settings', {}, { entities: ['settings'] })
  if (!data) return null
  return <SlaSettingsForm key={data.version ?? 'new'} settings={data} />
}

function SlaSettingsForm({ settings }: { settings: ServiceSettings }) {
  const { t, i18n } = useTranslation()
  const [targets, setTargets] = useState<Targets>(
    () => Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, { ...settings.policies[p] }])) as Targets,
  )
  const [timeZone, setTimeZone] = useState(settings.calendar.timeZone)
  const [week, setWeek] = useState(() => settings.calendar.week.map((day) => intervalsToText(day as [string, string][])))
  const [holidays, setHolidays] = useState(() => datesToText(settings.calendar.holidays))
  const [workdays, setWorkdays] = useState(() => datesToText(settings.calendar.workdays))
  const [surveys, setSurveys] = useState(settings.surveys)
  const [error, setError] = useState<string | null>(null)
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [settings.osTimeZone]
  const save = async (): Promise<void> => {
    setError(null)
    try {
      await call('tickets.saveSettings', {
        policies: targets,
        calendar: { timeZone, week: week.map(textToIntervals), holidays: textToDates(holidays), workdays: textToDates(workdays) },
        surveys,
        expectedVersion: settings.version,
      })
      showToast({ tone: 'success', message: t('tickets:settings.saved') })
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }
  return (
    <form
      className="stack sla-settings"
      aria-label={t('tickets:settings.title')}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <TargetsTable targets={targets} onChange={setTargets} />
      <label className="field-inline">
        <span>{t('tickets:settings.timeZone')}</span>
        <select className="input" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {!zones.includes(timeZone) && <option value={timeZone}>{timeZone}</option>}
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone === settings.osTimeZone ? t('tickets:settings.timeZoneOs', { zone }) : zone}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="fieldset-plain stack">
        <legend>{t('tickets:settings.hours')}</legend>
        <p className="field-hint">{t('tickets:settings.hoursHint')}</p>
        <div className="sla-week">
          {week.map((text, day) => (
            <label key={day} className="sla-week__day">
              <span>{weekdayName(i18n.language, day)}</span>
              <input
                className="input"
                value={text}
                onChange={(e) => setWeek(week.map((w, i) => (i === day ? e.target.value : w)))}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="cluster sla-dates">
        <label className="stack">
          <span>{t('tickets:settings.holidays')}</span>
          <textarea className="input tabular" rows={6} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </label>
        <label className="stack">
          <span>{t('tickets:settings.workdays')}</span>
          <textarea className="input tabular" rows={6} value={workdays} onChange={(e) => setWorkdays(e.target.value)} />
        </label>
        <p className="field-hint">{t('tickets:settings.datesHint')}</p>
      </div>
      <fieldset className="fieldset-plain cluster">
        <legend>{t('tickets:settings.surveys')}</legend>
        <label className="field-inline">
          <input type="checkbox" checked={surveys.csat} onChange={(e) => setSurveys({ ...surveys, csat: e.target.checked })} />
          <span>{t('tickets:settings.askCsat')}</span>
        </label>
        <label className="field-inline">
          <input type="checkbox" checked={surveys.nps} onChange={(e) => setSurveys({ ...surveys, nps: e.target.checked })} />
          <span>{t('tickets:settings.askNps')}</span>
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="cluster">
        <Button type="submit" variant="primary">
          {t('tickets:settings.save')}
        </Button>
      </div>
    </form>
  )
}
