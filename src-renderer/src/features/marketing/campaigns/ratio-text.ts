import type { Formatters } from '../../../lib/use-format'

/** A ratio that may be undefined (a free campaign has no ROI): "—" then, the reason said elsewhere. */
export const ratioText = (f: Formatters, value: number | null, none: string): string =>
  value === null ? none : f.percent(value, 1)

/** ROAS reads as a multiple: 3.25×. */
export const multipleText = (f: Formatters, value: number | null, none: string): string =>
  value === null ? none : `${f.number(value, 2)}×`
