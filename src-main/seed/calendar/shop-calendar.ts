import { CumulativeWeights } from '../random/cumulative-weights'
import type { Rng } from '../random/seed-rng'
import { DAY_MS, festivalFactor, festivalWindows, type FestivalWindow } from './festivals'

/** About three years of history, ending the day before `asOf`. */
export const HISTORY_DAYS = 3 * 365 + 1

/**
 * The generated history as day indexes 0..days-1 (day 0 is the oldest), with how busy each
 * day is: sales grow over the years, weekends are busier, festivals peak. Every generated
 * time falls before `asOfMs`, so "recent" and "churned" are meaningful relative to it.
 */
export interface ShopCalendar {
  days: number
  asOfMs: number
  /** Orders per day, relative. */
  sales: CumulativeWeights
  /** New customers per day, relative (a growing shop, with festival sign-ups). */
  arrivals: CumulativeWeights
  /** Festival windows as day indexes, clipped to the history. */
  windows: FestivalWindow[]
  /** The festival windows that contain day index `day`. */
  windowsOn(day: number): FestivalWindow[]
  /** A UTC instant on day index `day` during shop hours (local time, `utcOffsetHours`). */
  timeOn(day: number, rng: Rng): number
  /** The shop's local time minus UTC, in ms. */
  utcOffsetMs: number
}

/** `asOfMs` is the UTC midnight that ends the history. */
export function createShopCalendar(asOfMs: number, utcOffsetHours: number): ShopCalendar {
  const days = HISTORY_DAYS
  const firstDay = asOfMs / DAY_MS - days
  const sales = new Float64Array(days)
  const arrivals = new Float64Array(days)
  for (let day = 0; day < days; day++) {
    const absolute = firstDay + day
    const growth = day / days
    const weekday = new Date(absolute * DAY_MS).getUTCDay()
    const weekend = weekday === 0 || weekday === 6 ? 1.25 : 1
    const festival = festivalFactor(absolute)
    sales[day] = (1 + 0.7 * growth) * weekend * festival
    arrivals[day] = (1 + 1.2 * growth) * Math.sqrt(festival)
  }
  const windows = windowsInHistory(firstDay, days)
  const byDay = new Map<number, FestivalWindow[]>()
  for (const window of windows) {
    for (let day = window.from; day < window.to; day++) byDay.set(day, [...(byDay.get(day) ?? []), window])
  }
  const shift = utcOffsetHours * 3_600_000
  return {
    days,
    asOfMs,
    sales: new CumulativeWeights(sales),
    arrivals: new CumulativeWeights(arrivals),
    windows,
    windowsOn: (day) => byDay.get(day) ?? [],
    utcOffsetMs: shift,
    timeOn: (day, rng) => {
      // Shop hours 09:00-22:00 local, busiest mid-afternoon (a triangular distribution).
      const hour = 9 + (13 * (rng.next() + rng.next())) / 2
      return (firstDay + day) * DAY_MS + Math.floor(hour * 3_600_000) - shift
    },
  }
}

function windowsInHistory(firstDay: number, days: number): FestivalWindow[] {
  const firstYear = new Date(firstDay * DAY_MS).getUTCFullYear()
  const lastYear = new Date((firstDay + days) * DAY_MS).getUTCFullYear()
  const windows: FestivalWindow[] = []
  for (let year = firstYear; year <= lastYear; year++) {
    for (const window of festivalWindows(year)) {
      const from = Math.max(0, window.from - firstDay)
      const to = Math.min(days, window.to - firstDay)
      if (to - from >= 3) windows.push({ ...window, from, to })
    }
  }
  return windows.sort((a, b) => a.from - b.from)
}
