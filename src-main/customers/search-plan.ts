import { phoneQueryDigits } from '../../src-shared/domain/phone'
import { queryPinyin } from './search-keys'

/**
 * How a free-text query becomes SQL over `customers c`:
 * - 3+ characters: the FTS5 trigram index (substring of name, phone digits, email, notes,
 *   pinyin, initials), the query quoted as a phrase.
 * - shorter: a union of indexed lookups — prefix ranges on name_pinyin, name_initials and
 *   phone_norm; for Chinese, a substring scan of the narrow (deleted_at, sort_key, id) index
 *   (sort_key holds the name), which also finds 小明 in 王小明. Notes and email need 3+.
 * Phone-like queries (`138 0013`, full-width digits) search their digits; Latin queries also
 * without spaces (`zhang san` → zhangsan).
 * Both forms are id sets (`c.id IN (…)`), so the planner drives by them rather than scanning
 * every row to test an OR. `rank` orders exact (0), prefix (1), other matches (2).
 */
export interface SearchPlan {
  where: string
  rank: string
  params: Record<string, string | null>
}

const MAX_CHAR = '\u{10FFFF}'
const HAN = /\p{Script=Han}/u
const LATIN_QUERY = /^[a-z0-9\s'·-]+$/

// Control characters are never part of a name, phone or note; NUL would even end the FTS5
// query string early inside SQLite ("unterminated string"), so they count as spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g

export function planSearch(query: string): SearchPlan | null {
  const q = query.normalize('NFKC').replace(CONTROL, ' ').trim().toLowerCase()
  if (q === '') return null
  const digits = phoneQueryDigits(q)
  const compact = LATIN_QUERY.test(q) && digits === null ? q.replace(/[\s'·-]/g, '') : null
  const han = HAN.test(q)
  const params: Record<string, string | null> = {
    q,
    digits,
    compact,
    namePrefix: `${escapeLike(q)}%`,
    nameContains: `%${escapeLike(q)}%`,
    hanPinyin: han ? queryPinyin(q) : null,
    end: MAX_CHAR,
  }
  const rank = `CASE WHEN lower(c.name) = @q OR c.phone_norm = @digits OR c.name_pinyin = @compact
    OR c.name_initials = @compact THEN 0
    WHEN lower(c.name) LIKE @namePrefix ESCAPE '\\' OR substr(c.phone_norm, 1, length(@digits)) = @digits
    OR substr(c.name_pinyin, 1, length(@compact)) = @compact OR substr(c.name_initials, 1, length(@compact)) = @compact
    OR substr(c.name_pinyin, 1, length(@hanPinyin)) = @hanPinyin THEN 1 ELSE 2 END`
  const terms = [...new Set([q, compact, digits])].filter((t): t is string => t !== null && [...t].length >= 3)
  if (terms.length > 0) {
    params.fts = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')
    return { where: 'c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @fts)', rank, params }
  }
  const lookups: string[] = []
  if (compact !== null) {
    lookups.push(
      'SELECT id FROM customers WHERE name_pinyin >= @compact AND name_pinyin < @compact || @end',
      'SELECT id FROM customers WHERE name_initials >= @compact AND name_initials < @compact || @end',
    )
  }
  if (digits !== null) lookups.push('SELECT id FROM customers WHERE phone_norm >= @digits AND phone_norm < @digits || @end')
  if (han) {
    lookups.push(`SELECT id FROM customers INDEXED BY customers_live_sort WHERE sort_key LIKE @nameContains ESCAPE '\\'`)
  }
  if (lookups.length === 0) {
    // Punctuation or other scripts, one or two characters: a plain name substring scan.
    lookups.push(`SELECT id FROM customers INDEXED BY customers_live_sort WHERE sort_key LIKE @nameContains ESCAPE '\\'`)
  }
  return { where: `c.id IN (${lookups.join(' UNION ')})`, rank, params }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}
