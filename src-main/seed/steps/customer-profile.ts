import type { CustomerInput } from '../../../src-shared/domain/customer'
import type { Locale } from '../../../src-shared/i18n/locales'
import { nameKeys } from '../../customers/search-keys'
import type { Rng } from '../random/seed-rng'
import { weightedPicker } from '../random/weighted-table'
import { say } from '../vocab/bilingual'
import { CUSTOMER_NOTES, SOURCES } from '../vocab/customer-text'
import { EN_GIVEN_FEMALE, EN_GIVEN_MALE, EN_SURNAMES } from '../vocab/names-en'
import { ZH_GIVEN_FEMALE, ZH_GIVEN_MALE, ZH_SURNAMES } from '../vocab/names-zh'
import { EN_CITIES, EN_STREETS, ZH_CITIES, ZH_DISTRICTS, ZH_STREETS } from '../vocab/places'

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '198',
  '199',
]
const ZH_MAIL = ['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com']
const EN_MAIL = ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com', 'hotmail.com']
const pickZhCity = weightedPicker(ZH_CITIES)
const pickEnCity = weightedPicker(EN_CITIES)
const pickSource = weightedPicker(SOURCES)

/**
 * A plausible customer, as a person would type it in (the customers module derives the
 * search columns on insert): ~70% Chinese names in a Chinese-language shop (~30% in an English
 * one). `index` makes phone numbers and shop codes unique: multiplying by a prime coprime
 * to 10^n permutes the digits, so no two customers share a number by accident.
 */
export function makeCustomerProfile(rng: Rng, index: number, locale: Locale): CustomerInput {
  const chinese = rng.chance(locale === 'zh-CN' ? 0.7 : 0.3)
  const gender = rng.chance(0.03) ? null : rng.chance(0.55) ? 'female' : 'male'
  const female = gender === 'female' || (gender === null && rng.chance(0.5))
  const name = chinese ? chineseName(rng, female) : englishName(rng, female)
  const city = chinese ? pickZhCity(rng) : pickEnCity(rng)
  return {
    name,
    gender,
    phone: makePhone(rng, index, chinese),
    email: makeEmail(rng, index, chinese, name),
    birthday: rng.chance(0.35) ? `${rng.int(1958, 2006)}-${pad(rng.int(1, 13))}-${pad(rng.int(1, 29))}` : null,
    address: rng.chance(0.3) ? makeAddress(rng, chinese, city) : null,
    city,
    source: say(locale, pickSource(rng)),
    notes: rng.chance(0.2) ? say(locale, rng.pick(CUSTOMER_NOTES)) : '',
    code: rng.chance(0.12) ? `TB${String((index * 48271 + 7_000_000_019) % 1e10).padStart(10, '0')}` : null,
  }
}

function chineseName(rng: Rng, female: boolean): string {
  // Squaring a uniform favours the front of the list: 王, 李, 张 are far more common than 孔.
  const surname = ZH_SURNAMES[Math.floor(ZH_SURNAMES.length * rng.next() ** 2)]
  const given = female ? ZH_GIVEN_FEMALE : ZH_GIVEN_MALE
  return surname + rng.pick(given) + (rng.chance(0.75) ? rng.pick(given) : '')
}

function englishName(rng: Rng, female: boolean): string {
  return `${rng.pick(female ? EN_GIVEN_FEMALE : EN_GIVEN_MALE)} ${rng.pick(EN_SURNAMES)}`
}

function makePhone(rng: Rng, index: number, chinese: boolean): string | null {
  if (!rng.chance(chinese ? 0.93 : 0.75)) return null
  const local = String((index * 48271 + 13_579_246) % 1e8).padStart(8, '0')
  if (chinese || rng.chance(0.5)) {
    const prefix = rng.pick(MOBILE_PREFIXES)
    // People type numbers in several shapes; phone_norm makes them comparable.
    const shape = rng.next()
    if (shape < 0.78) return prefix + local
    if (shape < 0.9) return `${prefix} ${local.slice(0, 4)} ${local.slice(4)}`
    if (shape < 0.96) return `${prefix}-${local.slice(0, 4)}-${local.slice(4)}`
    return `+86 ${prefix} ${local.slice(0, 4)} ${local.slice(4)}`
  }
  return rng.pick([
    `+44 7700 ${local.slice(2)}`,
    `+1 415 ${local.slice(1, 4)} ${local.slice(4)}`,
    `+65 9${local.slice(1, 4)} ${local.slice(4)}`,
    `+852 6${local.slice(1, 4)} ${local.slice(4)}`,
  ])
}

function makeEmail(rng: Rng, index: number, chinese: boolean, name: string): string | null {
  if (!rng.chance(chinese ? 0.35 : 0.75)) return null
  if (!chinese) {
    const [first, last] = name.toLowerCase().split(' ')
    return `${first}.${last}${rng.chance(0.5) ? rng.int(1, 100) : ''}@${rng.pick(EN_MAIL)}`
  }
  if (rng.chance(0.4)) return `${100_000 + ((index * 7919) % 899_900_000)}@qq.com`
  return `${nameKeys(name).namePinyin}${rng.int(1, 1000)}@${rng.pick(ZH_MAIL)}`
}

function makeAddress(rng: Rng, chinese: boolean, city: string): string {
  const number = rng.int(1, 300)
  if (chinese) return `${city}${rng.pick(ZH_DISTRICTS)}${rng.pick(ZH_STREETS)}${number}号`
  return `${number} ${rng.pick(EN_STREETS)}, ${city}`
}

const pad = (n: number): string => String(n).padStart(2, '0')
