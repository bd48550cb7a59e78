import { GENDERS, TIMELINE_KINDS } from '../domain/customer-types'
import { CHURN_FEATURES, FORECAST_MODELS, RFM_SEGMENTS } from '../domain/analytics'
import { DEAL_STATUSES, STAGE_KINDS } from '../domain/deal-types'
import { NEW_ORDER_STATUSES, ORDER_STATUSES, PAYMENT_METHODS, REVERSAL_KINDS } from '../domain/order-types'
import { SEGMENT_KINDS } from '../domain/segment-kinds'
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES } from '../domain/campaign-types'
import { CONSENT_SOURCES, CONSENT_VALUES } from '../domain/consent'
import { ANSWER_CHANNELS, SURVEY_KINDS } from '../domain/survey-types'
import { MESSAGE_CHANNELS, TICKET_EVENT_KINDS, TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from '../domain/ticket-types'
import { INTEGRITY_STATUSES, THEMES } from '../ipc/channels/app-types'
import { LOCALES } from './locales'
import {
  DUPLICATE_ACTIONS,
  ENCODING_CHOICES,
  EXPORT_ENCODINGS,
  EXPORT_KINDS,
  HEADER_STYLES,
  IMPORT_KINDS,
  IMPORT_STATUSES,
} from '../ipc/channels/csv-types'

interface EnumLabels {
  /** Every stored value, from the constant the schemas and the database use. */
  values: readonly string[]
  /** The catalog key (dotted, as `translate` takes it) of one value's label. */
  key(value: string): string
}

const under =
  (prefix: string) =>
  (value: string): string =>
    `${prefix}.${value}`

/**
 * Every enum whose values people see, with where its labels live. Enum values are catalog keys,
 * never shown raw: `tests/i18n/enum-labels.test.tsx` renders each value of each enum here in
 * both languages, and checks every `CHECK (column IN (…))` list of the schema is one of them.
 */
export const ENUM_LABELS = {
  orderStatus: { values: ORDER_STATUSES, key: under('enums.orderStatus') },
  /** The statuses an order can be created in (and so return to when a cancellation is undone). */
  newOrderStatus: { values: NEW_ORDER_STATUSES, key: under('enums.orderStatus') },
  reversalKind: { values: REVERSAL_KINDS, key: under('orders.reversalKind') },
  dealStatus: { values: DEAL_STATUSES, key: under('enums.dealStatus') },
  stageKind: { values: STAGE_KINDS, key: under('enums.stageKind') },
  ticketKind: { values: TICKET_KINDS, key: under('enums.ticketKind') },
  ticketPriority: { values: TICKET_PRIORITIES, key: under('enums.ticketPriority') },
  ticketStatus: { values: TICKET_STATUSES, key: under('enums.ticketStatus') },
  ticketEventKind: { values: TICKET_EVENT_KINDS, key: under('enums.ticketEventKind') },
  messageChannel: { values: MESSAGE_CHANNELS, key: under('enums.messageChannel') },
  answerChannel: { values: ANSWER_CHANNELS, key: under('enums.answerChannel') },
  surveyKind: { values: SURVEY_KINDS, key: under('enums.surveyKind') },
  segmentKind: { values: SEGMENT_KINDS, key: under('enums.segmentKind') },
  importStatus: { values: IMPORT_STATUSES, key: under('enums.importStatus') },
  integrityStatus: { values: INTEGRITY_STATUSES, key: under('enums.integrityStatus') },
  gender: { values: GENDERS, key: under('customers.gender') },
  activityKind: { values: TIMELINE_KINDS, key: under('customers.activityKinds') },
  importKind: { values: IMPORT_KINDS, key: under('csv.import.kinds') },
  importEncoding: { values: ENCODING_CHOICES, key: under('csv.import.encodings') },
  duplicateAction: { values: DUPLICATE_ACTIONS, key: under('csv.import.actions') },
  exportKind: { values: EXPORT_KINDS, key: under('csv.export.kinds') },
  consent: { values: CONSENT_VALUES, key: under('marketing-reach.consent.values') },
  consentSource: { values: CONSENT_SOURCES, key: under('marketing-reach.consent.sources') },
  campaignStatus: { values: CAMPAIGN_STATUSES, key: under('marketing-campaigns.status') },
  campaignChannel: { values: CAMPAIGN_CHANNELS, key: under('marketing-campaigns.channel') },
  exportEncoding: { values: EXPORT_ENCODINGS, key: under('csv.export.encodings') },
  headerStyle: { values: HEADER_STYLES, key: under('csv.export.headerStyles') },
  forecastModel: { values: FORECAST_MODELS, key: under('analytics.models') },
  churnFeature: { values: CHURN_FEATURES, key: under('analytics.churn.features') },
  rfmSegment: { values: RFM_SEGMENTS, key: (value) => `analytics.rfm.segments.${value}.name` },
  paymentMethod: { values: PAYMENT_METHODS, key: under('orders.payment') },
  theme: { values: THEMES, key: under('settings.appearance') },
  locale: { values: LOCALES, key: under('settings.general.languageNames') },
} as const satisfies Record<string, EnumLabels>

export type EnumName = keyof typeof ENUM_LABELS
export type EnumValue<N extends EnumName> = (typeof ENUM_LABELS)[N]['values'][number]

/**
 * The catalog key (dotted, `namespace.key.sub`) of a stored value's label; undefined for a value
 * the enum does not know (a file from a newer Kehu), which is shown as stored.
 */
export function enumLabelKey(name: EnumName, value: string): string | undefined {
  const labels: EnumLabels = ENUM_LABELS[name]
  return labels.values.includes(value) ? labels.key(value) : undefined
}
