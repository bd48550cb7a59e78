// @vitest-environment happy-dom
import { act, cleanup, render, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Chart, type ChartOption } from '../../../src-renderer/src/components/chart/chart'
import { fileStem } from '../../../src-renderer/src/components/chart/chart-export-menu'
import { renderChartSvg } from '../../../src-renderer/src/components/chart/chart-svg'
import { documentTokens } from '../../../src-renderer/src/components/chart/chart-theme'
import { setPrinting } from '../../../src-renderer/src/components/chart/print-mode'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { saveChartInput } from '../../../src-shared/ipc/channels/report'
import { applyDesignTokens } from '../support/design-tokens'

const OPTION: ChartOption = {
  xAxis: { type: 'category', data: ['九月', '十月', '十一月'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name: '订单', data: [120, 200, 150] }],
}

beforeEach(() => applyDesignTokens('light'))
afterEach(() => {
  act(() => setPrinting(false))
  cleanup()
})

describe('a chart as an SVG document', () => {
  it('draws the series under its title with a viewBox, and passes the save schema', () => {
    const svg = renderChartSvg({
      option: OPTION,
      description: 'Orders "per" month <Q4> & more',
      width: 600,
      height: 240,
      read: documentTokens(),
      locale: 'ZH',
      title: '月度订单 <2026>',
    })
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="280" viewBox="0 0 600 280">/)
    expect(svg).toContain('月度订单 &lt;2026&gt;')
    expect(svg).toContain('十一月')
    expect(svg).toContain('fill="#1d4ed8"') // the light theme's first chart colour
    expect(svg.match(/<path/g)?.length).toBeGreaterThan(3)
    // The file says what it shows, escaped, so the document stays well-formed.
    expect(svg).toContain('<desc>Orders &quot;per&quot; month &lt;Q4&gt; &amp; more</desc>')
    expect(saveChartInput.safeParse({ format: 'svg', name: fileStem('月度订单 <2026>'), data: svg }).success).toBe(true)
  })

  it('names the file after the title, without what file systems refuse', () => {
    expect(fileStem('Revenue / month: "2026"?')).toBe('Revenue month 2026')
    expect(fileStem('   ')).toBe('chart')
  })
})

describe('print mode', () => {
  it('puts an SVG copy beside each canvas and takes the light theme, then gives both back', async () => {
    document.documentElement.dataset.theme = 'dark'
    render(
      <I18nextProvider i18n={i18n}>
        <Chart title="月度订单" description="每月订单数" option={OPTION} renderer="svg" />
      </I18nextProvider>,
    )
    expect(document.querySelector('img.chart__print')).toBeNull()
    act(() => setPrinting(true))
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(document.documentElement.dataset.printing).toBe('on')
    await waitFor(() => expect(document.querySelector('img.chart__print')).not.toBeNull())
    const copy = document.querySelector<HTMLImageElement>('img.chart__print')!
    expect(copy.alt).toBe('每月订单数')
    const svg = decodeURIComponent(copy.src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))
    expect(svg).toMatch(/^<svg[^>]*viewBox=/)
    expect(svg).toContain('十一月')
    act(() => setPrinting(false))
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(document.documentElement.dataset.printing).toBeUndefined()
    await waitFor(() => expect(document.querySelector('img.chart__print')).toBeNull())
  })
})
