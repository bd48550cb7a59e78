// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Dialog } from '../../../src-renderer/src/components/dialog'
import { renderKit } from '../support/render-kit'

afterEach(() => cleanup())

function Opener({ onClose }: { onClose(): void }) {
  const [open, setOpen] = useState(false)
  const close = (): void => (onClose(), setOpen(false))
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New product
      </button>
      {open && (
        <Dialog title="New product" description="Name and price; the rest can wait." onClose={close}>
          <form className="modal__body">
            <input aria-label="Product name" />
            <input aria-label="Price" />
            <button type="submit">Save product</button>
          </form>
        </Dialog>
      )}
    </>
  )
}

describe('Dialog', () => {
  it('is a modal named by its title and described by its description, focused on its first field', async () => {
    await renderKit(<Opener onClose={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: 'New product' }))
    const dialog = screen.getByRole('dialog', {
      name: 'New product',
      description: 'Name and price; the rest can wait.',
    }) as HTMLDialogElement
    expect(dialog.open).toBe(true)
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Product name' }))
  })

  it('keeps Tab inside: from the last stop to the first and Shift+Tab back', async () => {
    await renderKit(<Opener onClose={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: 'New product' }))
    const dialog = screen.getByRole('dialog')
    const close = screen.getByRole('button', { name: 'Close' })
    const save = screen.getByRole('button', { name: 'Save product' })
    save.focus()
    fireEvent.keyDown(save, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(save)
    expect(dialog.contains(document.activeElement)).toBe(true)
  })

  it('closes on Esc and on its close button, and gives focus back to the opener', async () => {
    const onClose = vi.fn()
    await renderKit(<Opener onClose={onClose} />)
    const opener = screen.getByRole('button', { name: 'New product' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Price' }), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledOnce()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)

    fireEvent.click(opener)
    expect(screen.getByRole('button', { name: 'Close' }).getAttribute('aria-keyshortcuts')).toBe('Esc')
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(2)
  })
})
