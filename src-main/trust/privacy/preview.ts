import type Database from 'better-sqlite3'
import type { ErasurePreview } from '../../../src-shared/ipc/channels/privacy'
import { AppError } from '../../../src-shared/ipc/app-error'
import { prepared } from '../../db/sql'
import { customerFamily } from './family'
import { loadPeople } from './forget'

const IN = 'IN (SELECT value FROM json_each(?))'
const COUNTS: Record<Exclude<keyof ErasurePreview, 'name' | 'merged' | 'auditRows'>, string> = {
  orders: `SELECT count(*) FROM orders WHERE customer_id ${IN}`,
  deals: `SELECT count(*) FROM deals WHERE customer_id ${IN}`,
  tickets: `SELECT count(*) FROM tickets WHERE customer_id ${IN}`,
  surveyResponses: `SELECT count(*) FROM survey_responses WHERE customer_id ${IN}`,
  activities: `SELECT count(*) FROM activities WHERE customer_id ${IN}`,
  tasks: `SELECT count(*) FROM tasks WHERE customer_id ${IN}`,
  tags: `SELECT count(*) FROM customer_tags WHERE customer_id ${IN}`,
  segments: `SELECT count(DISTINCT segment_id) FROM segment_members WHERE customer_id ${IN}`,
  campaigns: `SELECT count(*) FROM (SELECT campaign_id FROM campaign_members WHERE customer_id ${IN}
              UNION SELECT campaign_id FROM campaign_controls WHERE customer_id ${IN})`,
}

/** What `eraseCustomer` would keep, empty and delete, for the confirmation the owner reads first. */
export function previewErasure(db: Database.Database, id: number): ErasurePreview {
  const ids = customerFamily(db, id)
  const person = loadPeople(db, [id])[0]
  if (person === undefined) throw new AppError('customer_not_found')
  const list = JSON.stringify(ids)
  const count = (sql: string): number =>
    prepared(db, sql)
      .pluck()
      .get(...Array.from({ length: sql.split('?').length - 1 }, () => list)) as number
  const counts = Object.fromEntries(Object.entries(COUNTS).map(([key, sql]) => [key, count(sql)])) as Omit<
    ErasurePreview,
    'name' | 'merged' | 'auditRows'
  >
  return {
    name: person.name,
    merged: ids.length - 1,
    ...counts,
    auditRows: count(`SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id ${IN}`),
  }
}
