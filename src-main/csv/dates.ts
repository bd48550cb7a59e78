/**
 * Date and time cells as shops write them: `2026-11-25`, `2026/11/25 14:05`, `2026年11月25日`,
 * `2010-12-01 08:26:00`, `12/1/2010 8:26` (month first, as US exports write it), ISO with a
 * zone. Times without a zone are the shop's local time; results are ISO-8601 UTC.
 */
const YMD =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2})[:时](\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

export interface DateParts {
  y: number
  m: number
  d: number
  hh: number
  mm: number
  ss: number
  ms: number
  zone?: string
}

export function parseDateParts(text: string): DateParts | null {
  const ymd = YMD.exec(text)
  if (ymd) {
    const [, y, m, d, hh = '0', mm = '0', ss = '0', ms = '0', zone] = ymd
    return check({ y: +y, m: +m, d: +d, hh: +hh, mm: +mm, ss: +ss, ms: +ms.padEnd(3, '0'), zone })
  }
  const mdy = MDY.exec(text)
  if (mdy) {
    const [, a, b, y, hh = '0', mm = '0', ss = '0'] = mdy
    // Month first unless that is impossible (then it is day first: 25/11/2026).
    const [m, d] = +a > 12 ? [+b, +a] : [+a, +b]
    return check({ y: +y, m, d, hh: +hh, mm: +mm, ss: +ss, ms: 0 })
  }
  return null
}

function check(p: DateParts): DateParts | null {
  const probe = new Date(Date.UTC(p.y, p.m - 1, p.d))
  const valid = probe.getUTCMonth() === p.m - 1 && probe.getUTCDate() === p.d && p.hh < 24 && p.mm < 60 && p.ss < 60
  return valid ? p : null
}

/** ISO-8601 UTC; a zone-less time is local. */
export function toIsoDateTime(p: DateParts): string {
  if (p.zone) {
    const zone = p.zone === 'Z' ? 'Z' : `${p.zone.slice(0, 3)}:${p.zone.slice(-2)}`
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
    return new Date(
      `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}T${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}.${pad(p.ms, 3)}${zone}`,
    ).toISOString()
  }
  return new Date(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss, p.ms).toISOString()
}

export function toIsoDate(p: DateParts): string {
  return `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`
}

/** Excel's day count from 1899-12-30 (with its 1900 leap-year bug built into the epoch). */
export function fromExcelSerial(serial: number): DateParts {
  const ms = Math.round((serial - 25569) * 86_400_000)
  const t = new Date(ms)
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hh: t.getUTCHours(),
    mm: t.getUTCMinutes(),
    ss: t.getUTCSeconds(),
    ms: 0,
  }
}
