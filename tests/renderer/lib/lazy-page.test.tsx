// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { lazyPage } from '../../../src-renderer/src/lib/lazy-page'

afterEach(cleanup)

const Greeting = ({ name }: { name: string }) => <h1>Hello {name}</h1>
const page = (load: () => Promise<typeof Greeting>) => lazyPage(load)
const shown = (ui: React.ReactNode) => render(<Suspense fallback={<p>loading</p>}>{ui}</Suspense>)

describe('lazy pages (lazy routes)', () => {
  it('loads on the first visit: the fallback, then the page with its props', async () => {
    let calls = 0
    const { Page } = page(async () => (calls++, Greeting))
    shown(<Page name="张三" />)
    expect(screen.getByText('loading')).toBeTruthy()
    expect(await screen.findByRole('heading', { name: 'Hello 张三' })).toBeTruthy()
    expect(calls).toBe(1)
  })

  it('once preloaded, renders at once and loads its script only once', async () => {
    let calls = 0
    const { Page, preload } = page(async () => (calls++, Greeting))
    await Promise.all([preload(), preload()])
    shown(<Page name="Li" />)
    expect(screen.getByRole('heading', { name: 'Hello Li' })).toBeTruthy()
    expect(screen.queryByText('loading')).toBeNull()
    expect(calls).toBe(1)
  })

  it('a failed preload is tried again on the next one', async () => {
    let calls = 0
    const { Page, preload } = page(async () => {
      if (++calls === 1) throw new Error('offline chunk')
      return Greeting
    })
    await expect(preload()).rejects.toThrow('offline chunk')
    await act(() => preload())
    shown(<Page name="again" />)
    expect(screen.getByRole('heading', { name: 'Hello again' })).toBeTruthy()
    expect(calls).toBe(2)
  })
})
