// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Pager, usePage } from '../../../src-renderer/src/components/pager'
import { renderKit } from '../support/render-kit'

afterEach(() => cleanup())

function Paged({ total, size = 50 }: { total: number; size?: number }) {
  const page = usePage(size)
  return (
    <>
      <Pager {...page} total={total} labels={['Newer', 'Older']} label="Log pages" />
      <output aria-label="offset">{page.offset}</output>
    </>
  )
}

describe('Pager', () => {
  it('shows nothing when the list fits on one page', async () => {
    await renderKit(<Paged total={50} />)
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('walks forward and back a page at a time, disabling the ends, with the range in words', async () => {
    await renderKit(<Paged total={1234} size={500} />)
    const nav = screen.getByRole('navigation', { name: 'Log pages' })
    const newer = screen.getByRole('button', { name: 'Newer' }) as HTMLButtonElement
    const older = screen.getByRole('button', { name: 'Older' }) as HTMLButtonElement
    expect(nav.textContent).toContain('1–500 of 1,234')
    expect(newer.disabled).toBe(true)
    fireEvent.click(older)
    fireEvent.click(older)
    expect(screen.getByLabelText('offset').textContent).toBe('1000')
    expect(nav.textContent).toContain('1,001–1,234 of 1,234')
    expect(older.disabled).toBe(true)
    fireEvent.click(newer)
    expect(screen.getByLabelText('offset').textContent).toBe('500')
    expect(newer.disabled).toBe(false)
    expect(older.disabled).toBe(false)
  })

  it('says the range in the UI language', async () => {
    await renderKit(<Paged total={120} />, 'zh-CN')
    expect(screen.getByRole('navigation').textContent).toContain('第 1–50 条，共 120 条')
  })
})
