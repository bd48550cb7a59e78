/** The chart palette: one accent first, then calm hues; each ≥ 3:1 on the page in both themes. */
const CHART_COLOR_TOKENS = [
  '--color-chart-1',
  '--color-chart-2',
  '--color-chart-3',
  '--color-chart-4',
  '--color-chart-5',
  '--color-chart-6',
] as const

/** Reads a design token (a CSS custom property). */
export type ReadToken = (token: string) => string

/** The tokens as they stand on `:root`, where tokens.css and the theme switch put them. */
export const documentTokens = (): ReadToken => {
  const style = getComputedStyle(document.documentElement)
  return (token) => style.getPropertyValue(token).trim()
}

const px = (value: string, fallback: number): number => Number.parseFloat(value) || fallback

/**
 * An ECharts theme from the design tokens, so charts follow the light and dark themes and the
 * type scale without a second set of colours: series colours, text, axes, grid lines, legend
 * and tooltip. Rebuilt whenever the app's theme changes.
 */
export function chartTheme(read: ReadToken) {
  const text = read('--color-text')
  const muted = read('--color-text-muted')
  const border = read('--color-border')
  const borderStrong = read('--color-border-strong')
  const fontSize = px(read('--text-xs'), 12)
  const axis = {
    axisLine: { lineStyle: { color: borderStrong } },
    axisTick: { lineStyle: { color: borderStrong } },
    axisLabel: { color: muted, fontSize },
    splitLine: { lineStyle: { color: border } },
    nameTextStyle: { color: muted, fontSize },
  }
  return {
    color: CHART_COLOR_TOKENS.map(read).filter(Boolean),
    backgroundColor: 'transparent',
    textStyle: { color: text, fontFamily: read('--font-sans') || 'sans-serif', fontSize },
    legend: { textStyle: { color: muted, fontSize: px(read('--text-sm'), 13) } },
    tooltip: {
      backgroundColor: read('--color-surface-raised'),
      borderColor: border,
      textStyle: { color: text, fontSize: px(read('--text-sm'), 13) },
    },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
    // Gauges: the track in the border colour, the value in the first series colour, text as the axes'.
    gauge: {
      axisLine: { lineStyle: { color: [[1, border]] } },
      splitLine: { lineStyle: { color: borderStrong } },
      axisTick: { lineStyle: { color: borderStrong } },
      axisLabel: { color: muted, fontSize },
      detail: { color: text },
      title: { color: muted },
    },
  }
}
