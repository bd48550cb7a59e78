import type { AnswerDrill } from '../../../src-shared/ipc/channels/drill'
import { ANSWERED_IN_PERIOD, servicePeriod } from '../sql/service-rows'

/** The answers behind a CSAT score bar or an NPS group, as conditions over `survey_responses s`: the service figures' own rule. */
export function answerDrillSql(drill: AnswerDrill): { clauses: string[]; params: Record<string, string | number> } {
  return {
    clauses: [ANSWERED_IN_PERIOD, 's.kind = @drillKind', 's.score BETWEEN @drillMinScore AND @drillMaxScore'],
    params: {
      ...servicePeriod(drill.from, drill.to),
      drillKind: drill.kind,
      drillMinScore: drill.minScore,
      drillMaxScore: drill.maxScore,
    },
  }
}
