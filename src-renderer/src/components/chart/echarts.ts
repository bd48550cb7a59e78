/**
 * ECharts from `echarts/core` with only the pieces Kehu draws, so a page that shows no chart
 * loads none of it and a page that does loads a fraction of the full build. A module that needs
 * another series type or component adds it here (one line), not a second `use()` elsewhere.
 */
import { use as registerPieces, type ComposeOption } from 'echarts/core'
import {
  BarChart,
  GaugeChart,
  LineChart,
  PieChart,
  type BarSeriesOption,
  type GaugeSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
} from 'echarts/charts'
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type DatasetComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

registerPieces([
  LineChart,
  BarChart,
  PieChart,
  GaugeChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  AriaComponent,
  CanvasRenderer,
  SVGRenderer,
])

/** What a chart may be given: the registered series and components (the container adds `aria`). */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | PieSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DatasetComponentOption
>

export { init, type ECharts } from 'echarts/core'
