import type { EnumName } from '../../../../src-shared/i18n/enum-labels'

type Fields = Readonly<Record<string, EnumName>>

/** A ticket's logged events (`{ events: [...] }` on a ticket update): each event's enum fields. */
export const TICKET_EVENT_FIELDS: Fields = { kind: 'ticketEventKind', status: 'ticketStatus', channel: 'messageChannel' }

/**
 * Which logged fields hold an enum, per kind of record (the audit log's `entity`), so the page
 * shows their labels rather than the stored values. Field names are camelCase here; the log holds
 * both (`payment_method` from `SELECT *`, `paymentMethod` from the typed records).
 */
export const ENUM_FIELDS: Readonly<Record<string, Fields>> = {
  order: { status: 'orderStatus', paymentMethod: 'paymentMethod' },
  order_refund: { kind: 'reversalKind', previousStatus: 'orderStatus' },
  deal: { status: 'dealStatus' },
  pipeline_stage: { kind: 'stageKind' },
  ticket: { kind: 'ticketKind', priority: 'ticketPriority', status: 'ticketStatus', channel: 'messageChannel' },
  customer: { gender: 'gender', marketingConsent: 'consent', consentSource: 'consentSource' },
  customer_consent: { consent: 'consent', source: 'consentSource' },
  campaign: { status: 'campaignStatus', channel: 'campaignChannel' },
  segment: { kind: 'segmentKind' },
  activity: { kind: 'activityKind' },
  import: { kind: 'importKind', status: 'importStatus' },
  survey_request: { channel: 'answerChannel' },
  settings: { theme: 'theme', locale: 'locale' },
}

/** The enum a field of a record kind holds, if any. */
export function enumOf(entity: string | undefined, field: string): EnumName | undefined {
  if (entity === undefined) return undefined
  return ENUM_FIELDS[entity]?.[camel(field)]
}

export function camel(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
}
