import type Database from 'better-sqlite3'
import type { CustomerInput, CustomerPatch } from '../../src-shared/domain/customer'
import { normalizeEmail } from '../../src-shared/domain/email'
import { normalizePhone } from '../../src-shared/domain/phone'
import { AppError } from '../../src-shared/ipc/app-error'
import { nameKeys } from './search-keys'
import { prepared } from './statements'

/**
 * Customer writes shared by the IPC handlers and the CSV importer. They compute the derived
 * columns (phone_norm, email_norm, pinyin keys) and nothing else: callers own the
 * transaction, the audit row and the change event, because an import batches thousands.
 */

/** Kept from an export when re-importing it, so the row is the same row everywhere. */
export interface InsertMeta {
  uid?: string
  createdAt?: string
}

const INSERT_COLUMNS = `name, phone, phone_norm, email, email_norm, code, gender, birthday, address, city,
  source, notes, name_pinyin, name_initials, sort_key`
const INSERT_VALUES = `@name, @phone, @phone_norm, @email, @email_norm, @code, @gender, @birthday, @address,
  @city, @source, @notes, @name_pinyin, @name_initials, @sort_key`

const EMPTY_ROW = {
  phone: null, phone_norm: null, email: null, email_norm: null, code: null, gender: null,
  birthday: null, address: null, city: null, source: null, notes: '',
}

/** Inserts one customer and returns its id. Throws `customer_code_taken` for a used code. */
export function insertCustomer(db: Database.Database, input: CustomerInput, meta: InsertMeta = {}): number {
  const params: Record<string, string | null> = { ...EMPTY_ROW, ...derivedValues(input), ...nameValues(input.name) }
  let columns = INSERT_COLUMNS
  let values = INSERT_VALUES
  if (meta.uid !== undefined) [columns, values, params.uid] = [`${columns}, uid`, `${values}, @uid`, meta.uid]
  if (meta.createdAt !== undefined) {
    ;[columns, values, params.created_at] = [`${columns}, created_at`, `${values}, @created_at`, meta.createdAt]
  }
  const sql = `INSERT INTO customers (${columns}) VALUES (${values})`
  return Number(guardCode(db, input.code, () => prepared(db, sql).run(params)).lastInsertRowid)
}

/** Applies the given fields; absent keys stay, null clears. Returns false if no such row. */
export function updateCustomer(db: Database.Database, id: number, patch: CustomerPatch): boolean {
  const values: Record<string, string | null> = derivedValues(patch)
  if (patch.name !== undefined) Object.assign(values, nameValues(patch.name))
  const columns = Object.keys(values).sort()
  const assignments = columns.map((c) => `${c} = @${c}`)
  assignments.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`)
  const sql = `UPDATE customers SET ${assignments.join(', ')} WHERE id = @id`
  return guardCode(db, patch.code, () => prepared(db, sql).run({ ...values, id })).changes > 0
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
