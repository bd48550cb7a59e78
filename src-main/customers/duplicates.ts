import type Database from 'better-sqlite3'
import type { DuplicateMatch } from '../../src-shared/domain/customer-types'
import { prepared } from '../db/sql'

export interface DuplicateKeys {
  phoneNorm: string | null
  emailNorm: string | null
  excludeId?: number
}

const LIMIT = 20

/** Live customers sharing the normalised phone or email (both indexed), phone matches first. */
export function findDuplicates(db: Database.Database, keys: DuplicateKeys): DuplicateMatch[] {
  if (keys.phoneNorm === null && keys.emailNorm === null) return []
  return prepared(
    db,
    `SELECT id, name, phone, email, 'phone' AS matchedOn FROM customers
       WHERE phone_norm = @phone AND deleted_at IS NULL AND id IS NOT @exclude
     UNION ALL
     SELECT id, name, phone, email, 'email' FROM customers
       WHERE email_norm = @email AND deleted_at IS NULL AND id IS NOT @exclude
         AND (@phone IS NULL OR phone_norm IS NOT @phone) -- listed once, as a phone match
     LIMIT ${LIMIT}`,
  ).all({ phone: keys.phoneNorm, email: keys.emailNorm, exclude: keys.excludeId ?? null }) as DuplicateMatch[]
}
