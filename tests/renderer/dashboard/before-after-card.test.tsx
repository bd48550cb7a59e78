// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { format, subDays } from 'date-fns'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { BeforeAfterCard } from '../../../src-renderer/src/features/dashboard/before-after/before-after-card'
import { formatMoney, formatNumber, formatPercent } from '../../../src-renderer/src/lib/format'
import type { BeforeAfterReport } from '../../../src-shared/domain/before-after-types'
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

const cells = (card: HTMLElement, label: string): string[] =>
  [...within(card).getByRole('rowheader', { name: label }).closest('tr')!.querySelectorAll('td')].map(
    (td) => td.textContent ?? '',
  )

/**
 * The Before / after card over the real channel: each figure as the channel answers it, formatted
 * for people (money, shares, points), the change signed, and a reason where a side has no data.
 */
describe('Before / after card', () => {
  it('shows both periods, the signed change, and the days compared in words', async () => {
    generateShop(backend.db, { customers: 300, orders: 3000, tickets: 60, seed: 11, locale: 'en' })
    const date = format(subDays(new Date(), 28), 'yyyy-MM-dd')
    const expected = await seed<BeforeAfterReport>('dashboard.beforeAfter', { date, days: 28 })
    await renderKit(<BeforeAfterCard />)
    const card = await screen.findByRole('region', { name: 'Before / after' })
    await within(card).findByRole('table')
    const { revenue, orders, returningShare } = expected.figures
    expect(revenue.before.value).toBeGreaterThan(0)
    expect(cells(card, 'Sales').slice(0, 2)).toEqual([
      formatMoney(revenue.before.value!, 'en'),
      formatMoney(revenue.after.value!, 'en'),
    ])
    const ratio = orders.change!
    expect(cells(card, 'Orders')[2]).toBe(`${ratio > 0 ? '+' : ratio < 0 ? '−' : ''}${formatPercent(Math.abs(ratio), 'en')}`)
    const points = returningShare.change! * 100
    expect(cells(card, 'Returning customers')[2]).toBe(
      `${points > 0 ? '+' : points < 0 ? '−' : ''}${formatNumber(Math.abs(points), 'en', 1)} pts`,
    )
    expect(card.querySelector('.before-after__days')!.textContent).toContain(`the 28 days from ${expected.before.from}`)
  })

  it('says why a side is empty, and that the after period has not started, instead of zeros', async () => {
    await renderKit(<BeforeAfterCard />)
    const card = await screen.findByRole('region', { name: 'Before / after' })
    fireEvent.change(within(card).getByLabelText('Day of the change'), {
      target: { value: format(new Date(), 'yyyy-MM-dd') },
    })
    await waitFor(() => expect(card.textContent).toContain('The after period has not started yet.'))
    expect(cells(card, 'Sales')).toEqual(['no orders', 'still to come', '—'])
    expect(cells(card, 'CSAT')).toEqual(['no survey answers', 'still to come', '—'])
    expect(cells(card, 'Campaign cost')).toEqual(['no dated campaigns', 'still to come', '—'])
  })
})
