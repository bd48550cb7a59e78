import { pinyin } from 'pinyin-pro'

/** Derived name columns that let Latin keys find Chinese names and sort them by pinyin. */
export interface NameKeys {
  /** Full pinyin, no tones or spaces, lower case: 张三 → zhangsan, John Smith → johnsmith. */
  namePinyin: string
  /** First letter of each syllable / word: 张三 → zs, John Smith → js. */
  nameInitials: string
  /** Chinese by pinyin, Latin alphabetically, interleaved; ties broken by the name. */
  sortKey: string
}

const LATIN_WORD = /[\p{L}\p{N}]+/gu
const HAN = /\p{Script=Han}/u
// Names repeat a lot (common surnames and given names) and pinyin-pro is the main cost of an
// insert, so keys are memoised; the cap bounds memory during a million-row import.
const CACHE_LIMIT = 50_000

/** Memoised keys of one reading: a person's name or any other text. */
function keyCache(surname: boolean): (text: string) => NameKeys {
  const cache = new Map<string, NameKeys>()
  return (text) => {
    const hit = cache.get(text)
    if (hit) return hit
    const keys = computeKeys(text, surname)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(text, keys)
    return keys
  }
}

/** Keys of a person's name: the first character is read as a surname (曾 zeng, 单 shan). */
export const nameKeys = keyCache(true)

/** Keys of other text, such as a product name (单反 dan fan, 重量 zhong liang): read as words. */
export const textKeys = keyCache(false)

function computeKeys(name: string, surname: boolean): NameKeys {
  const text = name.normalize('NFKC').toLowerCase()
  // Without a Han character pinyin-pro would return the text as one non-Chinese part; skipping
  // it saves ~24 µs per name (shop codes, English names) and gives the same keys.
  if (!HAN.test(text)) return keysOf(text, text.match(LATIN_WORD) ?? [])
  // `surname: 'head'` reads the first character as a surname (曾 zeng, 单 shan), as names are.
  const parts = pinyin(text, {
    type: 'all',
    toneType: 'none',
    surname: surname ? 'head' : 'off',
    nonZh: 'consecutive',
    v: true,
  })
  const syllables: string[] = []
  const initials: string[] = []
  for (const part of parts) {
    if (part.isZh) {
      syllables.push(part.pinyin)
      initials.push(part.pinyin.charAt(0))
      continue
    }
    for (const word of part.origin.match(LATIN_WORD) ?? []) {
      syllables.push(word)
      initials.push(word.charAt(0))
    }
  }
  return keysOf(text, syllables, initials)
}

function keysOf(text: string, syllables: string[], initials = syllables.map((s) => s.charAt(0))): NameKeys {
  const namePinyin = syllables.join('')
  return { namePinyin, nameInitials: initials.join(''), sortKey: `${namePinyin} ${text}` }
}

/** Pinyin of a (Chinese) search query, for prefix matches on `name_pinyin`. */
export function queryPinyin(query: string): string {
  return nameKeys(query).namePinyin
}
