import { chartTheme, type ReadToken } from './chart-theme'
import { init, type ChartOption } from './echarts'

export interface SvgRequest {
  option: ChartOption
  description: string
  width: number
  height: number
  read: ReadToken
  locale: 'ZH' | 'EN'
  /** Drawn above the chart in a saved file (on a page the figure's caption says it). */
  title?: string
}

const TITLE_BAND = 40

/** Text and attribute values of the SVG written here (ECharts escapes its own text). */
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The chart as an SVG document, drawn off-screen by ECharts' SVG renderer (server-side mode: no
 * element, no animation) with a viewBox, so it scales crisply to any width — for "Save as SVG"
 * and for print. With a title (a saved file), the chart sits under a band holding it, on the
 * card's background, and the document carries the title and the description (`<title>`, `<desc>`).
 */
export function renderChartSvg({ option, description, width, height, locale, title, ...request }: SvgRequest): string {
  // zrender writes attribute values as given: a font stack's "PingFang SC" would end a style="…".
  const read: ReadToken = (token) => request.read(token).replace(/"/g, "'")
  const instance = init(null, chartTheme(read), { renderer: 'svg', ssr: true, width, height, locale })
  try {
    instance.setOption({ ...option, animation: false, aria: { enabled: true, label: { description } } })
    const chart = instance.renderToSVGString()
    if (title === undefined) return chart
    const total = height + TITLE_BAND
    const font = escapeXml(read('--font-sans') || 'sans-serif')
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
      `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`,
      `<rect width="100%" height="100%" fill="${escapeXml(backgroundOf(read))}"/>`,
      `<text x="16" y="26" font-family="${font}" font-size="16" font-weight="600" fill="${escapeXml(read('--color-text'))}">${escapeXml(title)}</text>`,
      chart.replace(/^<svg/, `<svg x="0" y="${TITLE_BAND}"`),
      '</svg>',
    ].join('')
  } finally {
    instance.dispose()
  }
}

/** The background of a saved chart: the card's, white in the light theme, dark in the dark one. */
export const backgroundOf = (read: ReadToken): string => read('--color-surface-raised') || '#ffffff'

/** An SVG document as an image source: an <img> runs nothing an SVG may hold. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
