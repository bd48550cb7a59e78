// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { GroupsPanel } from '../../../src-renderer/src/features/marketing/groups'
import { formatMoney, formatNumber } from '../../../src-renderer/src/lib/format'
import type { SegmentListItem } from '../../../src-shared/ipc/channels/segments'
import { daysAgo } from '../../insights/support/days'
import { independentRfm } from '../../marketing/groups/independent-rfm'
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

const row = (region: HTMLElement, name: string): HTMLElement => within(region).getByRole('rowheader', { name }).closest('tr')!

describe('RFM & clusters tab', () => {
  it('shows each RFM segment with its rule in words, customers and revenue as SQL counts them; Make a segment saves it', async () => {
    generateShop(backend.db, { customers: 500, orders: 1600, seed: 4, locale: 'en' })
    const expected = independentRfm(backend.db, daysAgo(0))
    await renderKit(<GroupsPanel />)
    const rfm = await screen.findByRole('region', { name: 'RFM segments' })
    await within(rfm).findByRole('table')
    const champions = row(rfm, 'Champions')
    expect(champions.textContent).toContain('recency 4–5, frequency 4–5, spend 4–5, more than one order')
    expect(champions.textContent).toContain('Bought recently, buy often and spend the most.')
    expect(row(rfm, 'Loyal').textContent).toContain('recency 3–5, frequency 4–5, more than one order, not Champions')
    expect(row(rfm, 'New').textContent).toContain('recency 5, exactly one order')
    expect(row(rfm, 'Lost').textContent).toContain("recency 1, not Can't lose them, At risk")
    for (const [name, key] of [
      ['Champions', 'champions'],
      ['Hibernating', 'hibernating'],
      ['At risk', 'atRisk'],
      ['Promising', 'promising'],
      ['Lost', 'lost'],
    ] as const) {
      const cells = [...row(rfm, name).querySelectorAll('td')].map((td) => td.textContent)
      expect(cells[2]).toBe(formatNumber(expected.get(key)?.customers ?? 0, 'en'))
      expect(cells[4]).toBe(formatMoney(expected.get(key)?.revenue ?? 0, 'en'))
    }

    fireEvent.click(within(champions).getByRole('button', { name: 'Make a segment of “Champions”' }))
    await screen.findByText('Segment “RFM: Champions” saved.')
    const saved = await seed<SegmentListItem[]>('segments.list', {})
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({
      name: 'RFM: Champions',
      definition: { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'rfm', segments: ['champions'] }] }] },
      count: expected.get('champions')?.customers,
    })
  })

  it('describes clusters in words, says how k was chosen, lets the owner set k, and makes a cluster segment', async () => {
    generateShop(backend.db, { customers: 400, orders: 1400, seed: 8, locale: 'en' })
    await renderKit(<GroupsPanel />)
    const clusters = await screen.findByRole('region', { name: 'Clusters (k-means)' })
    const chosen = await within(clusters).findByText(/^k chosen by silhouette: \d$/, {}, { timeout: 20_000 })
    const k = Number(chosen.textContent!.slice(-1))
    const cards = clusters.querySelectorAll('.cluster-card')
    expect(cards).toHaveLength(k)
    const phrases = [...cards].map((c) => c.querySelector('h3')!.textContent!)
    expect(phrases.every((p) => /^[A-Z]/.test(p) && !p.includes('marketing-groups'))).toBe(true)

    fireEvent.change(within(clusters).getByLabelText('Number of groups'), { target: { value: '5' } })
    await within(clusters).findByText('k set by you: 5', {}, { timeout: 20_000 })
    await waitFor(() => expect(clusters.querySelectorAll('.cluster-card')).toHaveLength(5))
    const second = clusters.querySelectorAll<HTMLElement>('.cluster-card')[1]
    const size = second.querySelector('p:not(.cluster-card__group)')!.textContent!
    fireEvent.click(within(second).getByRole('button', { name: /^Make a segment of “Group 2: / }))
    await screen.findByText(/^Segment “Cluster 2 of 5: .+” saved\.$/)
    const [saved] = await seed<SegmentListItem[]>('segments.list', {})
    expect(saved.definition).toEqual({
      match: 'all',
      groups: [{ match: 'all', rules: [{ kind: 'cluster', k: 5, clusters: [1] }] }],
    })
    expect(size).toContain(`${formatNumber(saved.count, 'en')} customers`)
  })

  it('says why when there is nothing to group yet', async () => {
    await renderKit(<GroupsPanel />)
    const rfm = await screen.findByRole('region', { name: 'RFM segments' })
    await within(rfm).findByText('No customer has bought yet: segments appear with the first counted order.')
    expect(within(rfm).queryByRole('table')).toBeNull()
    const clusters = screen.getByRole('region', { name: 'Clusters (k-means)' })
    const reason = await within(clusters).findByText(/customers with purchases/, {}, { timeout: 10_000 })
    expect(reason.textContent).toBe('Not available: This analysis needs at least 3 customers with purchases; there are 0.')
    expect(reason.getAttribute('role')).toBe('status')
  })
})
