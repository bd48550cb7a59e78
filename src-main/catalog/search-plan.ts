/**
 * How a free-text query finds products (over `products p`): a substring of the name or the SKU,
 * and for Latin queries of the full pinyin or the initials (`kafei`, `kfd` → 耶加雪菲咖啡豆),
 * prefixes only for a single letter. A shop has thousands of products, not hundreds of
 * thousands: one scan of the live rows answers in about a millisecond, so no search index.
 * `rank` puts an exact SKU first (a barcode scanner types one), then prefixes, then the rest.
 */
export interface ProductSearchPlan {
  where: string
  rank: string
  params: Record<string, string>
}

const LATIN_QUERY = /^[a-z0-9\s'·-]+$/

export function planProductSearch(query: string): ProductSearchPlan | null {
  const q = query.normalize('NFKC').trim().toLowerCase()
  if (q === '') return null
  const compact = LATIN_QUERY.test(q) ? q.replace(/[\s'·-]/g, '') : ''
  const escaped = escapeLike(q)
  const pinyin = escapeLike(compact)
  const params = {
    q,
    prefix: `${escaped}%`,
    contains: `%${escaped}%`,
    pinyinPrefix: `${pinyin}%`,
    pinyinContains: compact.length > 1 ? `%${pinyin}%` : `${pinyin}%`,
  }
  const terms = [`p.sku LIKE @contains ESCAPE '\\'`, `p.name LIKE @contains ESCAPE '\\'`]
  if (compact !== '') {
    terms.push(`p.name_pinyin LIKE @pinyinContains ESCAPE '\\'`, `p.name_initials LIKE @pinyinContains ESCAPE '\\'`)
  }
  const rank = `CASE WHEN lower(p.sku) = @q THEN 0
    WHEN p.sku LIKE @prefix ESCAPE '\\' OR p.name LIKE @prefix ESCAPE '\\' OR p.name_pinyin LIKE @pinyinPrefix ESCAPE '\\'
      OR p.name_initials LIKE @pinyinPrefix ESCAPE '\\' THEN 1 ELSE 2 END`
  return { where: `(${terms.join(' OR ')})`, rank, params }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}
