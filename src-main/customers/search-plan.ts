import { phoneQueryDigits } from '../../src-shared/domain/phone'
import { queryPinyin } from './search-keys'

/**
 * How a free-text query becomes SQL over `customers c`:
 * - 3+ characters: the FTS5 trigram index (substring of name, phone digits, email, notes,
 *   pinyin, initials), the query quoted as a phrase.
 * - shorter: prefix ranges on indexed columns — name_pinyin, name_initials, phone_norm — and,
 *   for Chinese, the pinyin of the query narrowed by the name itself (张 → zhang… AND 张%).
 * Phone-like queries (`138 0013`, full-width digits) search their digits; Latin queries also
 * without spaces (`zhang san` → zhangsan).
 * `rank` orders exact matches (0) before prefix matches (1) before the rest (2).
 */
export interface SearchPlan {
  where: string
  rank: string
  params: Record<string, string | null>
}

const MAX_CHAR = '\u{10FFFF}'
const HAN = /\p{Script=Han}/u
const LATIN_QUERY = /^[a-z0-9\s'·-]+$/

export function planSearch(query: string): SearchPlan | null {
  const q = query.normalize('NFKC').trim().toLowerCase()
  if (q === '') return null
  const digits = phoneQueryDigits(q)
  const compact = LATIN_QUERY.test(q) && digits === null ? q.replace(/[\s'·-]/g, '') : null
  const pinyinOfHan = HAN.test(q) ? queryPinyin(q) : null
  const params: Record<string, string | null> = {
    q,
    digits,
    compact,
    namePrefix: `${escapeLike(q)}%`,
    hanPinyin: pinyinOfHan,
    hanPinyinEnd: pinyinOfHan === null ? null : pinyinOfHan + MAX_CHAR,
    compactEnd: compact === null ? null : compact + MAX_CHAR,
    digitsEnd: digits === null ? null : digits + MAX_CHAR,
  }
  const prefix = `(c.name_pinyin >= @compact AND c.name_pinyin < @compactEnd)
    OR (c.name_initials >= @compact AND c.name_initials < @compactEnd)
    OR (c.phone_norm >= @digits AND c.phone_norm < @digitsEnd)
    OR (c.name_pinyin >= @hanPinyin AND c.name_pinyin < @hanPinyinEnd AND c.name LIKE @namePrefix ESCAPE '\\')`
  const rank = `CASE WHEN lower(c.name) = @q OR c.phone_norm = @digits OR c.name_pinyin = @compact
    OR c.name_initials = @compact THEN 0 WHEN ${prefix} OR lower(c.name) LIKE @namePrefix ESCAPE '\\'
    THEN 1 ELSE 2 END`
  const terms = [...new Set([q, compact, digits])].filter((t): t is string => t !== null && [...t].length >= 3)
  if (terms.length > 0) {
    params.fts = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')
    return { where: 'c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @fts)', rank, params }
  }
  return { where: `(${prefix})`, rank, params }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}
