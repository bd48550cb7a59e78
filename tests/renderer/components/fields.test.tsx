// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FormField } from '../../../src-renderer/src/components/form-field'
import { InlineField } from '../../../src-renderer/src/components/inline-field'
import { renderKit } from '../support/render-kit'

afterEach(() => cleanup())

describe('FormField', () => {
  it('ties the control to its label, hint and error, and marks it required', async () => {
    await renderKit(
      <FormField label="SKU" hint="Letters and digits, as on the label" error="This SKU is taken" required>
        {(props) => <input {...props} />}
      </FormField>,
    )
    const input = screen.getByRole('textbox', {
      name: 'SKU',
      description: 'Letters and digits, as on the label This SKU is taken',
    })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect((input as HTMLInputElement).required).toBe(true)
  })

  it('has no error wiring while the field is valid', async () => {
    await renderKit(<FormField label="Price">{(props) => <input {...props} />}</FormField>)
    const input = screen.getByRole('textbox', { name: 'Price' })
    expect(input.getAttribute('aria-invalid')).toBe('false')
    expect(input.getAttribute('aria-describedby')).toBeNull()
  })
})

function Field({ save, check = () => null }: { save(text: string): Promise<unknown>; check?(text: string): string | null }) {
  return (
    <dl className="inline-fields">
      <InlineField label="Category" value="茶叶" check={check} save={save} />
    </dl>
  )
}

describe('InlineField', () => {
  it('shows the value as a button named by its label; Enter saves the edit', async () => {
    const save = vi.fn(async () => ({}))
    await renderKit(<Field save={save} />)
    const value = screen.getByRole('button', { name: 'Category' })
    expect(value.textContent).toBe('茶叶')
    expect(value.getAttribute('title')).toBe('Click to edit; Enter saves, Esc cancels')
    fireEvent.click(value)
    fireEvent.change(screen.getByRole('textbox', { name: 'Category' }), { target: { value: '茶具' } })
    await act(async () => void fireEvent.keyDown(screen.getByRole('textbox', { name: 'Category' }), { key: 'Enter' }))
    expect(save).toHaveBeenCalledWith('茶具')
    expect(screen.getByRole('button', { name: 'Category' })).toBeTruthy()
  })

  it('Esc cancels without saving; an invalid value stays with its message', async () => {
    const save = vi.fn(async () => ({}))
    await renderKit(<Field save={save} check={(text) => (text.trim() ? null : 'Give the category a name.')} />)
    fireEvent.click(screen.getByRole('button', { name: 'Category' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Category' }), { target: { value: '' } })
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Category' }), { key: 'Enter' })
    expect(screen.getByRole('alert').textContent).toBe('Give the category a name.')
    expect(screen.getByRole('textbox', { name: 'Category' }).getAttribute('aria-invalid')).toBe('true')
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Category' }), { key: 'Escape' })
    expect(screen.getByRole('button', { name: 'Category' }).textContent).toBe('茶叶')
    expect(save).not.toHaveBeenCalled()
  })

  it('a failed save keeps the editor open and says why in a toast, in the UI language', async () => {
    await renderKit(<Field save={() => Promise.reject(new Error('数据库正忙'))} />, 'zh-CN')
    fireEvent.click(screen.getByRole('button', { name: 'Category' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Category' }), { target: { value: '茶具' } })
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Category' }), { key: 'Enter' })
    await waitFor(() => expect(screen.getByText('操作未成功：数据库正忙')).toBeTruthy())
    expect(screen.getByRole('textbox', { name: 'Category' })).toBeTruthy()
  })
})
