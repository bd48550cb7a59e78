import type Database from 'better-sqlite3'
import { normalizeEmail } from '../../../src-shared/domain/email'
import { normalizePhone } from '../../../src-shared/domain/phone'
import { idFinder } from '../../db/sql'
import { insertCustomer } from '../../customers/write'
import type { ChangeLog } from './changes'

export interface CustomerRef {
  code?: string
  name?: string
  phone?: string
  email?: string
}

/**
 * Finds the customer an order / deal / ticket row names (by code, then phone, then email) or
 * creates it, once per distinct reference: an order file names the same buyer thousands of times.
 */
export function customerResolver(db: Database.Database, changes: ChangeLog) {
  const cache = new Map<string, number>()
  const byCode = idFinder(db, 'customers', 'code')
  const byPhone = idFinder(db, 'customers', 'phone_norm')
  const byEmail = idFinder(db, 'customers', 'email_norm')
  const find = (ref: CustomerRef): number | undefined => {
    if (ref.code) return byCode(ref.code)
    const phone = ref.phone ? normalizePhone(ref.phone) : null
    const found = phone ? byPhone(phone) : undefined
    if (found !== undefined) return found
    return ref.email ? byEmail(normalizeEmail(ref.email)) : undefined
  }
  return (ref: CustomerRef | undefined, address?: string): number | null => {
    if (!ref || !(ref.code || ref.name || ref.phone || ref.email)) return null
    const key = JSON.stringify([ref.code, ref.phone, ref.email, ref.code || ref.phone || ref.email ? '' : ref.name])
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    let id = find(ref)
    if (id === undefined) {
      // Marketplace files often carry only a buyer number: it becomes the name until edited.
      const name = ref.name || ref.code || ref.phone || ref.email || ''
      id = insertCustomer(db, {
        name,
        code: ref.code ?? null,
        phone: ref.phone ?? null,
        email: ref.email ?? null,
        address: address ?? null,
      })
      changes.created('customers', id)
    }
    cache.set(key, id)
    return id
  }
}
