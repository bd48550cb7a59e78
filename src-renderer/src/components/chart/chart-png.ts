import type { ReadToken } from './chart-theme'
import { backgroundOf } from './chart-svg'
import type { ECharts } from './echarts'

const PIXEL_RATIO = 2
const TITLE_BAND = 40

/**
 * The chart as the owner sees it, as a PNG at twice the pixels (sharp on a slide or a printout):
 * drawn from the live instance, under a band holding its title, on the card's background (white
 * in the light theme, dark in the dark one). Returns the PNG's bytes as base64.
 */
export function renderChartPng(instance: ECharts, title: string, read: ReadToken): string {
  const background = backgroundOf(read)
  const chart = instance.renderToCanvas({ pixelRatio: PIXEL_RATIO, backgroundColor: background })
  const canvas = document.createElement('canvas')
  canvas.width = chart.width
  canvas.height = chart.height + TITLE_BAND * PIXEL_RATIO
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No 2D canvas to draw the image on')
  context.fillStyle = background
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.scale(PIXEL_RATIO, PIXEL_RATIO)
  context.fillStyle = read('--color-text') || '#000000'
  context.font = `600 16px ${read('--font-sans') || 'sans-serif'}`
  context.fillText(title, 16, 26)
  context.setTransform(1, 0, 0, 1, 0, 0)
  context.drawImage(chart, 0, TITLE_BAND * PIXEL_RATIO)
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
}
