import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { SegmentedControl } from '../../../../components/segmented-control'
import { answersDrillOf, useNavigationStore } from '../../../../stores/navigation'
import { useTicketsView } from '../../stores'
import { PeriodicSurveyDialog } from './periodic-survey-dialog'
import { SurveyAnswersList } from './survey-answers-list'
import { SurveyRequestsList } from './survey-requests-list'

type State = 'open' | 'answered' | 'all' | 'answers'

/**
 * Surveys: the requests (waiting, answered, all) or the answers themselves. A dashboard
 * drill-down (a CSAT bar, an NPS group) opens the answers behind it; choosing a state or
 * removing its chip leaves it for the whole list.
 */
export function SurveysView() {
  const { t } = useTranslation()
  const drill = useNavigationStore((s) => answersDrillOf(s.route))
  const replace = useNavigationStore((s) => s.replace)
  const setTab = useTicketsView((s) => s.setTab)
  const [state, setState] = useState<State>('open')
  const [asking, setAsking] = useState(false)
  const shown = drill ? 'answers' : state
  const choose = (next: State): void => {
    if (drill) {
      replace({ page: 'tickets' })
      setTab('surveys')
    }
    setState(next)
  }
  const options = (['open', 'answered', 'all'] as const).map((value) => ({ value, label: t(`tickets:surveys.${value}`) }))
  return (
    <div className="stack">
      <div className="cluster">
        <SegmentedControl<State>
          label={t('tickets:surveys.state')}
          hideLabel
          value={shown}
          size="sm"
          options={[...options, { value: 'answers', label: t('tickets:answers.state') }]}
          onChange={choose}
        />
        <Button size="sm" onClick={() => setAsking(true)}>
          {t('tickets:surveys.askAll')}
        </Button>
      </div>
      {shown === 'answers' ? (
        <SurveyAnswersList key={JSON.stringify(drill?.filter ?? null)} drill={drill} onClearDrill={() => choose('answers')} />
      ) : (
        <SurveyRequestsList key={shown} state={shown} />
      )}
      {asking && <PeriodicSurveyDialog onClose={() => setAsking(false)} />}
    </div>
  )
}
