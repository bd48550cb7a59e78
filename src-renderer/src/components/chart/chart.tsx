import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { resolveLocale } from '../../../../src-shared/i18n'
import { chartTheme, documentTokens } from './chart-theme'
import { init, type ChartOption, type ECharts } from './echarts'

export type { ChartOption } from './echarts'

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
}

/** Canvas where the page can draw on one; SVG where it cannot (happy-dom in component tests). */
let canvas: boolean | undefined
function defaultRenderer(): 'canvas' | 'svg' {
  canvas ??= document.createElement('canvas').getContext('2d') !== null
  return canvas ? 'canvas' : 'svg'
}

/**
 * The one chart container: an ECharts instance themed from the design tokens (light and dark,
 * switched live), resized with its box, labelled for screen readers, disposed on unmount.
 */
export function Chart({ title, unit, description, option, renderer = defaultRenderer(), size = 'md' }: ChartProps) {
  const { i18n } = useTranslation()
  const locale = resolveLocale(i18n.language)
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)

  useEffect(() => {
    const element = box.current
    if (!element) return
    const instance = init(element, chartTheme(documentTokens()), { renderer, locale: locale === 'zh-CN' ? 'ZH' : 'EN' })
    chart.current = instance
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

  useEffect(() => {
    chart.current?.setOption({ ...option, aria: { enabled: true, label: { description } } }, { notMerge: true })
  }, [option, description, renderer, locale])

  return (
    <figure className="chart">
      <figcaption className="chart__title">
        {title}
        {unit && <span className="chart__unit">{unit}</span>}
      </figcaption>
      <div ref={box} className={`chart__box chart__box--${size}`} />
    </figure>
  )
}
