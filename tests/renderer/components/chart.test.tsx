// @vitest-environment happy-dom
import { act, cleanup, render, waitFor } from '@testing-library/react'
import { getInstanceByDom } from 'echarts/core'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Chart, type ChartOption } from '../../../src-renderer/src/components/chart/chart'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { applyDesignTokens, designTokens } from '../support/design-tokens'

/** happy-dom does no layout: the chart's box reports the size a window would give it. */
let boxSize = { width: 600, height: 240 }
for (const [prop, dim] of [
  ['clientWidth', 'width'],
  ['clientHeight', 'height'],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('chart__box') ? boxSize[dim] : 0
    },
  })
}

/** A ResizeObserver the test can fire, standing in for the browser's layout. */
const observers = new Set<FakeResizeObserver>()
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(): void {
    observers.add(this)
  }
  disconnect(): void {
    observers.delete(this)
  }
  unobserve(): void {}
  fire(): void {
    this.callback([], this as unknown as ResizeObserver)
  }
}
globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver

const OPTION: ChartOption = {
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: ['2026-09', '2026-10', '2026-11'] },
  yAxis: { type: 'value' },
  series: [
    { type: 'bar', name: 'Orders', data: [120, 200, 150] },
    { type: 'line', name: 'Forecast', data: [130, 190, 170] },
  ],
}

const box = (): HTMLElement => document.querySelector('.chart__box') as HTMLElement
const svg = (): string => box().innerHTML.toLowerCase()
const show = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <Chart
        title="Monthly orders"
        unit="orders"
        description="Orders per month, September to November 2026"
        option={OPTION}
        renderer="svg"
      />
    </I18nextProvider>,
  )

beforeEach(async () => {
  boxSize = { width: 600, height: 240 }
  applyDesignTokens('light')
  await i18n.changeLanguage('en')
})
afterEach(() => cleanup())

describe('Chart', () => {
  it('draws the series with the SVG renderer, titled, in the token palette', async () => {
    const { getByText } = show()
    expect(getByText('Monthly orders')).toBeTruthy()
    expect(getByText('orders')).toBeTruthy()
    await waitFor(() => expect(box().querySelector('svg')).not.toBeNull())
    const light = designTokens('light')
    await waitFor(() => expect(svg()).toContain(light['color-chart-1'].toLowerCase()))
    expect(svg()).toContain(light['color-chart-2'].toLowerCase())
  })

  it('describes itself to screen readers through ECharts aria', async () => {
    show()
    await waitFor(() => expect(box().getAttribute('aria-label')).toBe('Orders per month, September to November 2026'))
    expect(box().getAttribute('role')).toBe('img')
  })

  it('follows the theme: switching to dark redraws in the dark tokens', async () => {
    show()
    const light = designTokens('light')
    const dark = designTokens('dark')
    await waitFor(() => expect(svg()).toContain(light['color-chart-1'].toLowerCase()))
    act(() => applyDesignTokens('dark'))
    await waitFor(() => expect(svg()).toContain(dark['color-chart-1'].toLowerCase()))
    expect(svg()).not.toContain(light['color-chart-1'].toLowerCase())
    expect(svg()).toContain(dark['color-text-muted'].toLowerCase()) // axis labels
  })

  it('resizes with its box', async () => {
    show()
    await waitFor(() => expect(getInstanceByDom(box())?.getWidth()).toBe(600))
    boxSize = { width: 320, height: 200 }
    act(() => observers.forEach((observer) => observer.fire()))
    expect(getInstanceByDom(box())?.getWidth()).toBe(320)
    expect(getInstanceByDom(box())?.getHeight()).toBe(200)
  })

  it('disposes its ECharts instance and stops observing on unmount', async () => {
    const { unmount } = show()
    const element = box()
    await waitFor(() => expect(getInstanceByDom(element)).toBeDefined())
    const instance = getInstanceByDom(element)
    unmount()
    expect(getInstanceByDom(element)).toBeUndefined()
    expect(instance?.isDisposed()).toBe(true)
    expect(observers.size).toBe(0)
  })
})
