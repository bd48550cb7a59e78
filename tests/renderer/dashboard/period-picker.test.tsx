// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PeriodPicker } from '../../../src-renderer/src/features/dashboard/period/period-picker'
import { useDashboardPeriod } from '../../../src-renderer/src/features/dashboard/period/period-store'
import { presetRange } from '../../../src-renderer/src/features/dashboard/period/presets'
import { rangeText } from '../../../src-renderer/src/features/dashboard/period/range-text'
import { resources } from '../../../src-shared/i18n'
import { closeBackend, openBackend } from '../support/real-bridge'
import { renderKit } from '../support/render-kit'

beforeEach(() => {
  openBackend()
  useDashboardPeriod.getState().choosePreset('thisMonth')
})
afterEach(() => {
  cleanup()
  closeBackend()
})

describe('dashboard period picker', () => {
  it('names the comparison period in words, by locale', () => {
    const now = new Date(2026, 11, 5)
    const text = rangeText
    expect(text({ from: '2026-11-26', to: '2026-11-30' }, 'en', now)).toBe('Nov 26 – Nov 30')
    expect(text({ from: '2026-11-26', to: '2026-11-30' }, 'zh-CN', now)).toBe('11月26日至11月30日')
    expect(text({ from: '2026-12-05', to: '2026-12-05' }, 'en', now)).toBe('Dec 5')
    // Not all in this year: the years are named.
    expect(text({ from: '2024-12-06', to: '2025-12-05' }, 'en', now)).toBe('2024-12-06 – 2025-12-05')
  })

  it('a preset sets the period and the comparison follows', async () => {
    await renderKit(<PeriodPicker />)
    const en = resources.en.dashboard.period
    fireEvent.change(screen.getByLabelText(en.label), { target: { value: 'lastMonth' } })
    const range = presetRange('lastMonth')
    expect(useDashboardPeriod.getState()).toMatchObject({ preset: 'lastMonth', range })
    expect((screen.getByLabelText(en.from) as HTMLInputElement).value).toBe(range.from)
    expect((screen.getByLabelText(en.to) as HTMLInputElement).value).toBe(range.to)
    expect(screen.getByText(/^Compared with /).textContent).toMatch(/^Compared with \w{3} \d+/)
  })

  it('two dates of one’s own make a custom period, compared with the same number of days before, in Chinese', async () => {
    await renderKit(<PeriodPicker />, 'zh-CN')
    const zh = resources['zh-CN'].dashboard.period
    const year = new Date().getFullYear()
    fireEvent.change(screen.getByLabelText(zh.from), { target: { value: `${year}-03-10` } })
    fireEvent.change(screen.getByLabelText(zh.to), { target: { value: `${year}-03-14` } })
    expect(useDashboardPeriod.getState()).toMatchObject({
      preset: 'custom',
      range: { from: `${year}-03-10`, to: `${year}-03-14` },
    })
    expect((screen.getByLabelText(zh.label) as HTMLSelectElement).value).toBe('custom')
    expect(screen.getByText(/^对比 /).textContent).toBe('对比 3月5日至3月9日')
  })
})
