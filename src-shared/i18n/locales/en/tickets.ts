import { ticketsUi } from './tickets-ui'

/** The service feature: tickets, the queue, SLA clocks, canned replies, surveys and service insights. */
export const tickets = {
  ...ticketsUi,
  validation: {
    customerChoice: 'Choose an existing customer or create a new one, not both.',
    mergeSelf: 'A ticket cannot be merged into itself.',
    firstResponseAfterResolution: 'The first-response target must not be longer than the resolution target.',
    surveyNeedsQuestion: 'Ask at least one question: CSAT, NPS or both.',
    surveyNeedsScore: 'Enter a CSAT or an NPS score.',
    periodOrder: 'The end of the period must be on or after its start.',
    surveyScoreRequired: 'A score is needed (CSAT 1–5 or NPS 0–10).',
    surveyTimeRequired: 'When was it answered? A time is needed unless the row names its survey request.',
    scoreRange: 'The lowest score must not be above the highest.',
  },
}
