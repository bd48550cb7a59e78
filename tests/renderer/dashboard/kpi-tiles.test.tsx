// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { useDashboardPeriod } from '../../../src-renderer/src/features/dashboard/period/period-store'
import { KpiTiles } from '../../../src-renderer/src/features/dashboard/tiles/kpi-tiles'
import { formatNumber, formatPercent } from '../../../src-renderer/src/lib/format'
import { DASHBOARD_KPIS, type DashboardKpis, type DayRange } from '../../../src-shared/domain/dashboard-types'
import { resources } from '../../../src-shared/i18n'
import { expectedKpiFigure } from '../../support/kpi-figure'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderKit } from '../support/render-kit'

beforeEach(() => void openBackend())
afterEach(() => {
  cleanup()
  closeBackend()
})

const en = resources.en.dashboard.kpis
const period: DayRange = { from: '2026-06-01', to: '2026-09-30' }

describe('KPI tiles', () => {
  it('show every figure dashboard.kpis answers for the chosen period, with its change and how it was made', async () => {
    generateShop(openBackend().db, { customers: 300, orders: 3000, tickets: 200, seed: 5, locale: 'en', asOf: '2026-10-15' })
    useDashboardPeriod.getState().chooseRange(period)
    const expected = await seed<DashboardKpis>('dashboard.kpis', period)
    await renderKit(<KpiTiles />)
    const tiles = await screen.findByRole('region', { name: en.title })
    for (const kpi of DASHBOARD_KPIS) {
      const tile = await within(tiles).findByRole('group', { name: en.labels[kpi] })
      const { current } = expected.kpis[kpi]
      expect(current.value, kpi).not.toBeNull()
      expect(tile.querySelector('.kpi-tile__value')!.textContent).toBe(expectedKpiFigure(kpi, current.value!, 'en'))
    }
    // Revenue: up or down in percent of the previous period's, with an arrow and words.
    const { current, previous } = expected.kpis.revenue
    const ratio = (current.value! - previous.value!) / previous.value!
    const revenue = within(tiles).getByRole('group', { name: en.labels.revenue })
    expect(revenue.querySelector('.kpi-tile__change')!.textContent).toBe(
      `${ratio > 0 ? '▲ up' : '▼ down'} ${formatPercent(Math.abs(ratio), 'en')}`,
    )
    // Open tickets is a figure of now: no comparison, said in words.
    const open = within(tiles).getByRole('group', { name: en.labels.openTickets })
    expect(open.querySelector('.kpi-tile__change')!.textContent).toBe(`No comparison: ${en.previousReasons.currentOnly}`)
    // How it was made: the orders it was computed from in each period.
    fireEvent.click(within(revenue).getByText('How this was made'))
    const note = revenue.querySelector('details')!.textContent!
    expect(note).toContain(`${formatNumber(current.basis!, 'en')} orders`)
    expect(note).toContain(`${formatNumber(previous.basis!, 'en')} orders`)
  })

  it('changes with the period', async () => {
    generateShop(openBackend().db, { customers: 200, orders: 1500, seed: 9, locale: 'en', asOf: '2026-10-15' })
    useDashboardPeriod.getState().chooseRange(period)
    await renderKit(<KpiTiles />)
    const orders = await screen.findByRole('group', { name: en.labels.orders })
    const before = (await seed<DashboardKpis>('dashboard.kpis', period)).kpis.orders.current.value!
    await waitFor(() => expect(orders.querySelector('.kpi-tile__value')!.textContent).toBe(formatNumber(before, 'en', 0)))
    const july = { from: '2026-07-01', to: '2026-07-31' }
    const after = (await seed<DashboardKpis>('dashboard.kpis', july)).kpis.orders.current.value!
    expect(after).not.toBe(before)
    useDashboardPeriod.getState().chooseRange(july)
    await waitFor(() =>
      expect(screen.getByRole('group', { name: en.labels.orders }).querySelector('.kpi-tile__value')!.textContent).toBe(
        formatNumber(after, 'en', 0),
      ),
    )
  })

  it('on a shop with no orders says "–" and why, muted, in the UI language, and raises no alert', async () => {
    useDashboardPeriod.getState().chooseRange(period)
    await renderKit(<KpiTiles />, 'zh-CN')
    const zh = resources['zh-CN'].dashboard.kpis
    const aov = await screen.findByRole('group', { name: zh.labels.averageOrderValue })
    expect(aov.querySelector('.kpi-tile__value')!.textContent).toBe('–')
    const reason = aov.querySelector('.kpi-tile__reason')!
    expect(reason.textContent).toBe(zh.reasons.noOrders)
    expect(reason.className).not.toContain('error')
    const csat = screen.getByRole('group', { name: zh.labels.csat })
    expect(csat.querySelector('.kpi-tile__reason')!.textContent).toBe(zh.reasons.noResponses)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
