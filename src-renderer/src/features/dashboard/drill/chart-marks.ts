import type { TFunction } from 'i18next'
import type { ChartMark } from '../../../components/chart/chart'

/** One keyboard button per clickable mark of a single-series chart: "Champions: 120". */
export const chartMarks = (t: TFunction, names: string[], values: string[], seriesIndex = 0): ChartMark[] =>
  names.map((name, dataIndex) => ({ label: t('drill:mark', { name, value: values[dataIndex] }), dataIndex, seriesIndex }))
