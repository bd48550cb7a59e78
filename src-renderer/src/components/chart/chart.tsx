import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { resolveLocale } from '../../../../src-shared/i18n/locales'
import { ChartExportMenu } from './chart-export-menu'
import { renderChartPng } from './chart-png'
import { renderChartSvg, svgDataUrl } from './chart-svg'
import { chartTheme, documentTokens } from './chart-theme'
import { init, type ChartOption, type ECharts } from './echarts'
import { usePrintMode } from './print-mode'

export type { ChartOption } from './echarts'

/** CSS pixels across an A4 page's text column (210 mm less the margins and a card's padding). */
const PRINT_WIDTH = 660

export interface ChartProps {
  /** Shown above the chart (charts always have a title). */
  title: string
  /** The unit of the values, shown beside the title: "¥", "orders", "%". */
  unit?: string
  /** What the chart shows, in words, read by screen readers (ECharts `aria`). */
  description: string
  /** Series, axes, tooltip; colours and fonts come from the design tokens. Memoise it. */
  option: ChartOption
  /** Canvas in the app; SVG where there is no canvas (component tests) or for crisp export. */
  renderer?: 'canvas' | 'svg'
  size?: 'sm' | 'md' | 'lg'
  /** Clicking a bar, point, slice or stage: which one (the dashboard's drill-down). */
  onSelect?: (dataIndex: number, seriesIndex: number) => void
  /** With `onSelect`: each clickable mark in words, a button each, so the keyboard reaches them too. */
  marks?: ChartMark[]
}

export interface ChartMark {
  label: string
  dataIndex: number
  seriesIndex?: number
}

/** Canvas where the page can draw on one; SVG where it cannot (happy-dom in component tests). */
let canvas: boolean | undefined
function defaultRenderer(): 'canvas' | 'svg' {
  canvas ??= document.createElement('canvas').getContext('2d') !== null
  return canvas ? 'canvas' : 'svg'
}

/**
 * The one chart container: an ECharts instance themed from the design tokens (light and dark,
 * switched live), resized with its box, labelled for screen readers, disposed on unmount. Each
 * chart saves as PNG or SVG, and prints as an SVG copy of itself (crisp on paper).
 */
export function Chart({
  title,
  unit,
  description,
  option,
  renderer = defaultRenderer(),
  size = 'md',
  onSelect,
  marks,
}: ChartProps) {
  const { t, i18n } = useTranslation()
  const locale = resolveLocale(i18n.language)
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const select = useRef(onSelect)
  select.current = onSelect
  const printing = usePrintMode((state) => state.printing)
  const echartsLocale = locale === 'zh-CN' ? 'ZH' : 'EN'
  const svg = (withTitle: boolean): string => {
    const element = box.current
    // On paper every chart is drawn at the A4 column's width, so all print at one type size.
    const width = withTitle ? element?.clientWidth || PRINT_WIDTH : PRINT_WIDTH
    const height = element?.clientHeight || PRINT_WIDTH / 2
    const read = documentTokens()
    return renderChartSvg({
      option,
      description,
      width,
      height,
      read,
      locale: echartsLocale,
      title: withTitle ? title : undefined,
    })
  }
  const png = (): string => {
    if (!chart.current) throw new Error('The chart is not drawn yet')
    return renderChartPng(chart.current, title, documentTokens())
  }
  // While printing, an SVG copy drawn in the print theme stands in for the canvas (print-mode.ts).
  // Drawn in render, not in an effect, so that Ctrl+P's `beforeprint` (flushSync) already has it.
  const printCopy = useMemo(
    () => (printing ? svgDataUrl(svg(false)) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `svg` reads the same option, description and locale
    [printing, option, description, locale],
  )

  useEffect(() => {
    const element = box.current
    if (!element) return
    const instance = init(element, chartTheme(documentTokens()), { renderer, locale: locale === 'zh-CN' ? 'ZH' : 'EN' })
    chart.current = instance
    instance.on('click', (mark) => select.current?.(mark.dataIndex, mark.seriesIndex ?? 0))
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => instance.resize()) : null
    resize?.observe(element)
    // lib/theme.ts switches `data-theme` on <html>: re-read the tokens then.
    const theme = new MutationObserver(() => instance.setTheme(chartTheme(documentTokens())))
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      resize?.disconnect()
      theme.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [renderer, locale])

  const clickable = onSelect !== undefined
  useEffect(() => {
    // ECharts shows the pointer over every mark; only a chart that opens something should.
    const series = clickable ? option.series : [option.series ?? []].flat().map((s) => ({ cursor: 'default', ...s }))
    chart.current?.setOption({ ...option, series, aria: { enabled: true, label: { description } } }, { notMerge: true })
  }, [option, description, renderer, locale, clickable])

  return (
    <figure className="chart">
      <div className="chart__head">
        <figcaption className="chart__title">
          {title}
          {unit && <span className="chart__unit">{unit}</span>}
        </figcaption>
        <ChartExportMenu title={title} png={png} svg={() => svg(true)} />
      </div>
      <div ref={box} className={`chart__box chart__box--${size}${onSelect ? ' chart__box--clickable' : ''}`} />
      {printCopy && <img className="chart__print" src={printCopy} alt={description} />}
      {onSelect && marks && (
        <ul className="chart__marks" aria-label={t('drill:marks')}>
          {marks.map((mark) => (
            <li key={`${mark.seriesIndex ?? 0}:${mark.dataIndex}`}>
              <button type="button" className="link-button" onClick={() => onSelect(mark.dataIndex, mark.seriesIndex ?? 0)}>
                {mark.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </figure>
  )
}
