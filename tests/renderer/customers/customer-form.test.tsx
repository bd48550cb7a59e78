// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NewCustomerDialog } from '../../../src-renderer/src/features/customers/components/form/new-customer-dialog'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers } from './support/render'

let backend: TestBackend
let closed = 0
beforeEach(() => {
  backend = openBackend()
  closed = 0
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const dialog = () => renderCustomers(<NewCustomerDialog onClose={() => closed++} />, 'en')
const field = (name: string): HTMLInputElement => screen.getByLabelText(name, { exact: false }) as HTMLInputElement
const type = (label: string, value: string): void => {
  fireEvent.change(field(label), { target: { value } })
  fireEvent.blur(field(label))
}
const save = async (label: string): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: label }))
  })
}
const customerCount = (): number => (backend.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n

describe('new customer form', () => {
  it('shows English field errors from the shared schema and saves nothing', async () => {
    await dialog()
    type('Phone', 'call me')
    expect(screen.getByText('Enter a phone number (digits, spaces, dashes and a leading + are fine).')).toBeTruthy()
    expect(field('Phone').getAttribute('aria-invalid')).toBe('true')

    await save('Save customer')
    expect(screen.getByText('Too small: expected string to have >=1 characters')).toBeTruthy()
    expect(document.activeElement).toBe(field('Name'))
    expect(customerCount()).toBe(0)
    expect(closed).toBe(0)
  })

  it('shows the same errors in Chinese when the UI is in Chinese', async () => {
    await renderCustomers(<NewCustomerDialog onClose={() => closed++} />, 'zh-CN')
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'x@' } })
    fireEvent.blur(screen.getByLabelText('邮箱'))
    fireEvent.change(screen.getByLabelText('电话'), { target: { value: '打电话' } })
    fireEvent.blur(screen.getByLabelText('电话'))
    await save('保存客户')
    expect(screen.getByText('数值过小：期望 string >=1 字符')).toBeTruthy()
    expect(screen.getByText('无效电子邮件')).toBeTruthy()
    expect(screen.getByText('请输入电话号码（可含空格、短横线和开头的 +）。')).toBeTruthy()
    expect(customerCount()).toBe(0)
  })

  it('previews the normalised phone, warns about a duplicate while typing, and creates the customer', async () => {
    await seed('customers.create', { name: '张三', phone: '13800138000' })
    await dialog()
    type('Name', '张三丰')
    type('Phone', '+86 138-0013-8000')
    expect(screen.getByText('Saved and searched as 13800138000')).toBeTruthy()
    await waitFor(() => expect(screen.getByText(/A customer with this phone already exists: 张三/)).toBeTruthy())
    expect(screen.getByRole('button', { name: 'Open' })).toBeTruthy()

    await save('Save customer')
    await waitFor(() => expect(closed).toBe(1))
    const row = backend.db.prepare("SELECT phone, phone_norm FROM customers WHERE name = '张三丰'").get()
    expect(row).toEqual({ phone: '+86 138-0013-8000', phone_norm: '13800138000' })
    expect(screen.getByText('Added 张三丰.')).toBeTruthy()
  })
})
