// @vitest-environment happy-dom
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ToastViewport, useToastStore } from '../../../src-renderer/src/components/toast'
import { CsvPage } from '../../../src-renderer/src/features/csv'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { contentHash } from '../../csv/backend-support'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend } from '../support/real-bridge'

/**
 * A small UTF-8 file, semicolon-separated so detection has something to find. The name column
 * is headed "Kunde", which Kehu cannot guess, so the required Name field starts unmapped;
 * Bob's phone is Excel's scientific notation, the one row with a problem.
 */
const CSV = ['Kunde;Phone;City', 'Alice;13800138000;Shanghai', 'Bob;1.38E+10;Beijing', 'Carol;13900139000;Hangzhou'].join('\n')

let backend: TestBackend
beforeEach(async () => {
  backend = openBackend()
  useToastStore.setState({ toasts: [] })
  await i18n.changeLanguage('en')
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const names = (): string[] =>
  backend.db.prepare('SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY name').pluck().all() as string[]
const button = (name: string): HTMLElement => screen.getByRole('button', { name })
const report = (title: string): Promise<HTMLElement> => screen.findByRole('region', { name: title })

/** Renders the page, has the (queued) dialog pick the file and waits for its analysis. */
async function pickFile(): Promise<void> {
  const file = join(backend.dir, 'people.csv')
  writeFileSync(file, CSV, 'utf8')
  backend.dialogs.queue('openFile', file)
  render(
    <I18nextProvider i18n={i18n}>
      <CsvPage />
      <ToastViewport />
    </I18nextProvider>,
  )
  fireEvent.click(button('Choose a CSV file…'))
  await screen.findByRole('button', { name: 'Choose another file' })
}

/**
 * From a picked file to the preview, mapping the Name field the way a user would; the preview
 * checks the whole file on arrival (in-file duplicates, updates), so wait for that check.
 */
async function toPreview(): Promise<void> {
  await pickFile()
  fireEvent.click(button('Next'))
  fireEvent.change(screen.getByRole('combobox', { name: 'Name' }), { target: { value: 'Kunde' } })
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  fireEvent.click(button('Next'))
  await screen.findByRole('table', { name: 'Preview' })
  await report('What the import will do')
}

describe('import wizard against the real backend', () => {
  it('starts at the file step and shows what it detected in the picked file', async () => {
    await pickFile()
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('.ie-stepper'))
    expect(steps.map((li) => li.textContent)).toEqual(['1 File', '2 Columns', '3 Preview', '4 Result'])
    expect(steps[0].getAttribute('aria-current')).toBe('step')
    const status = screen.getByText(/^people\.csv · /)
    expect(status.textContent).toContain('delimiter “semicolon”')
    expect(status.textContent).toContain('3 columns')
    expect(status.textContent).toMatch(/utf-?8/i)
  })

  it('flags the unmapped required field, and mapping it from the dropdown clears the alert', async () => {
    await pickFile()
    fireEvent.click(button('Next'))
    expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Columns')
    expect((await screen.findByRole('alert')).textContent).toMatch(/name/i)
    expect(button('Next').hasAttribute('disabled')).toBe(true)

    fireEvent.change(screen.getByRole('combobox', { name: 'Name' }), { target: { value: 'Kunde' } })
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(button('Next').hasAttribute('disabled')).toBe(false)
    expect(screen.getByRole('row', { name: /^Name/ }).textContent).toContain('Alice')
  })

  it('filters the preview to the rows with problems', async () => {
    await toPreview()
    const preview = screen.getByRole('table', { name: 'Preview' })
    const bodyRows = (): HTMLElement[] => within(preview).getAllByRole('row').slice(1)
    // Cell 0 is the row number in the file; cell 1 the first column as read.
    const firstColumn = (): (string | null)[] => bodyRows().map((r) => within(r).getAllByRole('cell')[1].textContent)
    expect(firstColumn()).toEqual(['Alice', 'Bob', 'Carol'])

    fireEvent.click(screen.getByRole('checkbox', { name: 'Only rows with problems' }))
    expect(firstColumn()).toEqual(['Bob'])
    expect(bodyRows()[0].textContent).toContain('Phone: Excel turned this number into scientific notation')
  })

  it('dry-runs the whole file with counts and changes nothing in the data file', async () => {
    await toPreview()
    const before = contentHash(backend.db)
    fireEvent.click(button('Check (nothing is saved)'))
    const check = await report('What the import will do')
    expect(within(check).getByRole('status').textContent).toBe('3 rows: 2 new, 0 updated, 0 skipped, 1 with errors')
    expect(contentHash(backend.db)).toBe(before)
    expect(names()).toEqual([])
  })

  it('commits, shows the result, lists the import in the history and undoes it', async () => {
    await toPreview()
    fireEvent.click(button('Import'))
    const result = await report('Import finished')
    expect(within(result).getByRole('status').textContent).toBe('3 rows: 2 new, 0 updated, 0 skipped, 1 with errors')
    expect(within(result).getByText('New').nextElementSibling?.textContent).toBe('2')
    expect(within(result).getByText('Failed').nextElementSibling?.textContent).toBe('1')
    expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Result')
    expect(names()).toEqual(['Alice', 'Carol'])

    const history = screen.getByRole('region', { name: 'Recent imports' })
    const entry = await within(history).findByText('people.csv')
    expect(entry.closest('li')?.textContent).toContain('2 new, 0 updated, 1 failed')

    fireEvent.click(within(history).getByRole('button', { name: 'Undo: people.csv' }))
    await within(history).findByText('Undone')
    expect(names()).toEqual([])
    expect(await screen.findByText('Import undone: 2 records removed, 0 restored.')).toBeTruthy()
  })
})
