import type Database from 'better-sqlite3'
import type { CustomerInput, CustomerPatch } from '../../src-shared/domain/customer'
import { normalizeEmail } from '../../src-shared/domain/email'
import { normalizePhone } from '../../src-shared/domain/phone'
import { AppError } from '../../src-shared/ipc/app-error'
import { insertRow, metaValues, prepared, updateRow, type RowMeta, type Values } from '../db/sql'
import { nameKeys } from './search-keys'

/**
 * Customer writes shared by the IPC handlers and the CSV importer. They compute the derived
 * columns (phone_norm, email_norm, pinyin keys) and nothing else: callers own the
 * transaction, the audit row and the change event, because an import batches thousands.
 */

const EMPTY_ROW: Values = {
  phone: null,
  phone_norm: null,
  email: null,
  email_norm: null,
  code: null,
  gender: null,
  birthday: null,
  address: null,
  city: null,
  source: null,
  notes: '',
}

/**
 * Inserts one customer and returns its id. `meta` keeps an export's uid on re-import, and the
 * seed's uid and times. Throws `customer_code_taken` for a used code.
 */
export function insertCustomer(db: Database.Database, input: CustomerInput, meta: RowMeta = {}): number {
  const values = { ...EMPTY_ROW, ...derivedValues(input), ...nameValues(input.name), ...metaValues(meta) }
  return guardCode(db, input.code, () => insertRow(db, 'customers', values))
}

/** Applies the given fields; absent keys stay, null clears. Returns false if no such row. */
export function updateCustomer(db: Database.Database, id: number, patch: CustomerPatch): boolean {
  const values: Values = derivedValues(patch)
  if (patch.name !== undefined) Object.assign(values, nameValues(patch.name))
  return guardCode(db, patch.code, () => updateRow(db, 'customers', id, values))
}

/** Column values for the fields present in `input` (undefined = not present). */
function derivedValues(input: CustomerPatch): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  const copy = ['code', 'gender', 'birthday', 'address', 'city', 'source'] as const
  for (const key of copy) if (input[key] !== undefined) out[key] = input[key] ?? null
  if (input.phone !== undefined) {
    out.phone = input.phone ?? null
    out.phone_norm = input.phone == null ? null : normalizePhone(input.phone)
  }
  if (input.email !== undefined) {
    out.email = input.email ?? null
    out.email_norm = input.email == null ? null : normalizeEmail(input.email)
  }
  if (input.notes !== undefined) out.notes = input.notes ?? ''
  return out
}

function nameValues(name: string): Record<string, string> {
  const keys = nameKeys(name)
  return { name, name_pinyin: keys.namePinyin, name_initials: keys.nameInitials, sort_key: keys.sortKey }
}

/** Turns the UNIQUE(code) violation into a message that names the other customer. */
function guardCode<T>(db: Database.Database, code: string | null | undefined, write: () => T): T {
  try {
    return write()
  } catch (error) {
    const sqliteCode = (error as { code?: unknown }).code
    if (code == null || sqliteCode !== 'SQLITE_CONSTRAINT_UNIQUE' || !String(error).includes('customers.code')) {
      throw error
    }
    const owner = prepared(db, 'SELECT name FROM customers WHERE code = ?').pluck().get(code) as string
    throw new AppError('customer_code_taken', { code, name: owner })
  }
}
