// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RetentionSection } from '../../../src-renderer/src/features/customers/components/trash/retention-section'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend } from '../support/real-bridge'
import { renderCustomers } from './support/render'

let backend: TestBackend
beforeEach(async () => {
  backend = openBackend('zh-CN')
  await renderCustomers(<RetentionSection />, 'zh-CN')
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const stored = (): unknown => backend.db.prepare(`SELECT value FROM settings WHERE key = 'trashRetentionDays'`).pluck().get()

describe('Settings → Trash retention', () => {
  it('shows the 30-day default, refuses what is not 1 to 3,650 whole days, saves the rest', async () => {
    const input = (await screen.findByDisplayValue('30')) as HTMLInputElement
    expect(screen.getByLabelText('已删除客户保留天数')).toBe(input)
    for (const bad of ['0', '3651', '2.5', '']) {
      fireEvent.change(input, { target: { value: bad } })
      fireEvent.click(screen.getByRole('button', { name: '保存' }))
      expect((await screen.findByText('请输入 1 到 3,650 之间的整数天数。')).id).toBe(
        input.getAttribute('aria-describedby')?.split(' ').at(-1),
      )
      expect(stored()).toBeUndefined()
    }
    fireEvent.change(input, { target: { value: '45' } })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await screen.findByText('已删除的客户现在保留 45 天。')
    expect(stored()).toBe('45')
  })
})
