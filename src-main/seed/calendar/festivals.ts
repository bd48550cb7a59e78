/**
 * The shop's calendar of sales peaks, as UTC-midnight day numbers (days since 1970-01-01).
 * Lunar festivals move every year, so they come from a table; years outside it simply have
 * no lunar peak (the generator still works, the demo is a little flatter).
 */

export type FestivalKind = 'double11' | 'mid618' | 'springFestival' | 'midAutumn' | 'christmas'

/** A sales window: `from` inclusive, `to` exclusive, in day numbers. */
export interface FestivalWindow {
  kind: FestivalKind
  year: number
  from: number
  to: number
}

const SPRING_FESTIVAL: Record<number, string> = {
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
}

const MID_AUTUMN: Record<number, string> = {
  2020: '10-01',
  2021: '09-21',
  2022: '09-10',
  2023: '09-29',
  2024: '09-17',
  2025: '10-06',
  2026: '09-25',
  2027: '09-15',
  2028: '10-03',
  2029: '09-22',
  2030: '09-12',
  2031: '10-01',
  2032: '09-19',
}

export const DAY_MS = 86_400_000

export const dayNumber = (year: number, monthDay: string): number => Date.parse(`${year}-${monthDay}T00:00:00Z`) / DAY_MS

/**
 * The windows in which customers buy for each festival: the pre-sale days before Double 11
 * and 618, the New Year shopping weeks before Spring Festival, the gift weeks before
 * Mid-Autumn and Christmas.
 */
export function festivalWindows(year: number): FestivalWindow[] {
  const windows: FestivalWindow[] = [
    { kind: 'double11', year, from: dayNumber(year, '11-01'), to: dayNumber(year, '11-14') },
    { kind: 'mid618', year, from: dayNumber(year, '06-01'), to: dayNumber(year, '06-19') },
    { kind: 'christmas', year, from: dayNumber(year, '12-15'), to: dayNumber(year, '12-25') },
  ]
  const spring = SPRING_FESTIVAL[year]
  if (spring) {
    const day = dayNumber(year, spring)
    windows.push({ kind: 'springFestival', year, from: day - 21, to: day })
  }
  const autumn = MID_AUTUMN[year]
  if (autumn) {
    const day = dayNumber(year, autumn)
    windows.push({ kind: 'midAutumn', year, from: day - 14, to: day })
  }
  return windows
}

/** How much busier than usual a day is (1 = an ordinary day). */
export function festivalFactor(day: number): number {
  const date = new Date(day * DAY_MS)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + 1
  const dom = date.getUTCDate()
  let factor = 1
  if (month === 11 && dom === 11) factor *= 5
  else if (month === 11 && dom <= 13) factor *= dom < 11 ? 1.6 : 1.3
  if (month === 6 && dom === 18) factor *= 2.5
  else if (month === 6 && dom < 18) factor *= 1.3
  if (month === 12 && dom >= 15 && dom <= 24) factor *= 1.3
  // The New Year shopping weeks never reach back into December (the festival is on or
  // after 21 January), so the day's own year is the one to look up.
  const spring = SPRING_FESTIVAL[year]
  if (spring) {
    // Shops sell New Year goods for three weeks, then mostly close for the holiday week.
    const offset = day - dayNumber(year, spring)
    if (offset >= -21 && offset < 0) factor *= 1.8
    else if (offset >= 0 && offset < 7) factor *= 0.35
  }
  const autumn = MID_AUTUMN[year]
  if (autumn) {
    const offset = day - dayNumber(year, autumn)
    if (offset >= -14 && offset < 0) factor *= 1.6
  }
  return factor
}
