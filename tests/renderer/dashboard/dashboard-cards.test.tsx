// @vitest-environment happy-dom
import { format } from 'date-fns'
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { BundlesCard } from '../../../src-renderer/src/features/dashboard/cards/bundles-card'
import { ChurnCard } from '../../../src-renderer/src/features/dashboard/cards/churn-card'
import { useDashboardPeriod } from '../../../src-renderer/src/features/dashboard/period/period-store'
import { RevenueTrend } from '../../../src-renderer/src/features/dashboard/trend/revenue-trend'
import { formatNumber, formatPercent } from '../../../src-renderer/src/lib/format'
import type { BundlesResult, ChurnResult } from '../../../src-shared/domain/analytics'
import { resources } from '../../../src-shared/i18n'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderKit } from '../support/render-kit'

let backend: TestBackend
beforeEach(() => {
  backend = openBackend()
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const shop = (): void => void generateShop(backend.db, { customers: 300, orders: 2000, tickets: 60, seed: 11, locale: 'en' })

/**
 * Dashboard cards over the real analytics handlers (temp SQLite behind `window.kehu`): each card
 * shows what its channel answers, keeps its own failure, and the churn list's one-click follow-up
 * makes a real task on the customer.
 */
describe('dashboard cards', () => {
  it('lists the churn channel’s customers with their risk, and "Create follow-up" makes a task on the customer', async () => {
    shop()
    const expected = await seed<ChurnResult>('analytics.churn', { windowDays: 180, limit: 10 })
    expect(expected.customers.length).toBeGreaterThan(0)
    await renderKit(<ChurnCard />)
    const card = await screen.findByRole('region', { name: 'Churn risk' })
    const rows = await within(card).findAllByRole('row')
    const body = rows.slice(1)
    expect(body.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(expected.customers.map((c) => c.name))
    expect(body.map((row) => row.querySelectorAll('td')[0].textContent)).toEqual(
      expected.customers.map((c) => formatPercent(c.probability, 'en')),
    )
    // The drivers are named in words, the model's strongest first, with the customer's own figure.
    const strongest = expected.model.coefficients
      .filter((c) => c.name !== 'intercept')
      .reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a))
    expect(strongest.name).toBe('recencyDays')
    const days = expected.customers[0].features.recencyDays!
    expect(body[0].querySelectorAll('td')[1].textContent).toMatch(
      new RegExp(`^Days since last purchase ${formatNumber(days, 'en', 0)}; `),
    )

    const first = expected.customers[0]
    fireEvent.click(within(body[0]).getByRole('button', { name: 'Create follow-up' }))
    expect(await within(body[0]).findByText('Follow-up created')).toBeTruthy()
    const tasks = backend.db
      .prepare(
        "SELECT title, customer_id AS customerId, deal_id AS dealId, due_date AS due FROM tasks WHERE title LIKE 'Win back %'",
      )
      .all()
    expect(tasks).toEqual([
      {
        title: `Win back ${first.name} (${formatPercent(first.probability, 'en')} churn risk)`,
        customerId: first.id,
        dealId: null,
        due: format(new Date(), 'yyyy-MM-dd'),
      },
    ])
    // Only that row changed; the others still offer the button.
    expect(within(body[1]).getByRole('button', { name: 'Create follow-up' })).toBeTruthy()
  })

  it('says how the churn figures were made: the model and the rows it used', async () => {
    shop()
    const expected = await seed<ChurnResult>('analytics.churn', { windowDays: 180, limit: 10 })
    await renderKit(<ChurnCard />)
    const card = await screen.findByRole('region', { name: 'Churn risk' })
    // It does not follow the dashboard's period, and says so.
    expect(within(card).getByText('A prediction as of today, not the period.')).toBeTruthy()
    const note = await within(card).findByText('How this was made')
    fireEvent.click(note)
    const text = note.closest('details')!.textContent!
    expect(text).toContain(`Logistic model on ${formatNumber(expected.model.trainingCustomers, 'en')} customers`)
    expect(text).toContain(`Based on ${formatNumber(expected.basis.rows, 'en')} ${expected.basis.unit}`)
  })

  it('shows the bundles the channel found, strongest first', async () => {
    shop()
    // The card reads the dashboard's period.
    useDashboardPeriod.getState().choosePreset('last12Months')
    const expected = await seed<BundlesResult>('analytics.bundles', { limit: 8, ...useDashboardPeriod.getState().range })
    await renderKit(<BundlesCard />)
    const card = await screen.findByRole('region', { name: 'Bought together' })
    expect(expected.rules.length).toBeGreaterThan(0)
    const rows = (await within(card).findAllByRole('row')).slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      expected.rules.map(
        (r) => `${r.antecedent.map((p) => p.name).join(' + ')} → ${r.consequent.map((p) => p.name).join(' + ')}`,
      ),
    )
  })

  it('on a shop with no orders each card says why, in its own card and the UI language', async () => {
    // The forecast follows the trend when it is by month (a long period).
    useDashboardPeriod.getState().choosePreset('last12Months')
    await renderKit(
      <>
        <RevenueTrend />
        <ChurnCard />
        <BundlesCard />
      </>,
      'zh-CN',
    )
    const zh = resources['zh-CN'].dashboard
    const forecast = await screen.findByRole('region', { name: zh.trend.title })
    // Too little data is a reason, not a failure: a status in muted words, never an alert in the error colour.
    const reason = await within(forecast).findByText(/^没有预测：/)
    expect(reason.textContent).toMatch(/^没有预测：.*0/)
    expect(reason.getAttribute('role')).toBe('status')
    expect(reason.className).toBe('muted')
    const churn = await screen.findByRole('region', { name: zh.churn.title })
    expect((await within(churn).findByRole('status')).textContent).toMatch(/^暂时无法显示：/)
    expect(screen.queryByRole('alert')).toBeNull()
    const bundles = await screen.findByRole('region', { name: zh.bundles.title })
    expect(await within(bundles).findByText(zh.bundles.empty)).toBeTruthy()
    expect(within(bundles).queryByRole('alert')).toBeNull()
  })
})
