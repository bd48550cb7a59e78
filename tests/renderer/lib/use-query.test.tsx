// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useQuery } from '../../../src-renderer/src/lib/use-query'
import type { CustomerDetail } from '../../../src-shared/domain/customer-types'
import { closeBackend, openBackend, seed } from '../support/real-bridge'

// Count what reaches the real backend (ipc.ts caches the bridge it finds first).
const calls: { channel: string; input: unknown }[] = []
const real = window.kehu!
window.kehu = { ...real, invoke: (channel, input) => (calls.push({ channel, input }), real.invoke(channel, input)) }

const gets = (): unknown[] => calls.filter((c) => c.channel === 'customers.get').map((c) => c.input)

function Name({ id, label }: { id: number | null; label: string }) {
  const { data, loading } = useQuery('customers.get', id === null ? null : { id }, { entities: ['customers'] })
  return <p aria-label={label}>{`${loading ? 'loading ' : ''}${data?.name ?? 'none'}`}</p>
}
const text = (label: string): string | null => screen.getByLabelText(label).textContent

let ids: number[]
beforeEach(async () => {
  openBackend()
  calls.length = 0
  ids = []
  for (const name of ['张三', '李四'])
    ids.push((await seed<{ customer: CustomerDetail }>('customers.create', { name })).customer.id)
  calls.length = 0
})
afterEach(() => {
  cleanup()
  closeBackend()
})

describe('useQuery', () => {
  it('answers every component asking the same question with one request', async () => {
    render(
      <>
        <Name id={ids[0]} label="header" />
        <Name id={ids[0]} label="panel" />
      </>,
    )
    await waitFor(() => expect(text('panel')).toBe('张三'))
    expect(text('header')).toBe('张三')
    expect(gets()).toEqual([{ id: ids[0] }])
  })

  it('refetches when data.changed names a watched table', async () => {
    render(<Name id={ids[0]} label="name" />)
    await waitFor(() => expect(text('name')).toBe('张三'))
    await act(() => seed('customers.update', { id: ids[0], patch: { name: '张三丰' } }))
    await waitFor(() => expect(text('name')).toBe('张三丰'))
    expect(gets()).toHaveLength(2)
  })

  it('keeps the previous answer on screen while the next input loads', async () => {
    const { rerender } = render(<Name id={ids[0]} label="name" />)
    await waitFor(() => expect(text('name')).toBe('张三'))
    rerender(<Name id={ids[1]} label="name" />)
    expect(text('name')).toBe('loading 张三')
    await waitFor(() => expect(text('name')).toBe('李四'))
  })

  it('asks nothing for a null input', async () => {
    render(<Name id={null} label="name" />)
    await act(() => new Promise((done) => setTimeout(done, 20)))
    expect(text('name')).toBe('none')
    expect(gets()).toEqual([])
  })
})
