// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RegisteredPanels } from '../../../src-renderer/src/components/registered-panels'
import { TaskHost } from '../../../src-renderer/src/features/tasks'
import type { TaskLinkKind } from '../../../src-shared/domain/task'
import { makeRecords, type Records } from '../../tasks/records'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderKit } from '../support/render-kit'

let records: Records
beforeEach(async () => {
  records = makeRecords(openBackend().db)
  for (const kind of ['customer', 'deal', 'order', 'ticket'] as const) {
    await seed('tasks.create', {
      title: `Task on the ${kind}`,
      due: { kind: 'day', date: '2026-12-05' },
      link: { kind, id: records[kind] },
    })
  }
})
afterEach(() => {
  cleanup()
  closeBackend()
})

/**
 * Importing the tasks feature puts its panel on every record page (registries/record-panels):
 * the page renders the panels of its kind, and the tasks panel lists the record's tasks and adds
 * one on that record — the real handlers over a temp SQLite file behind `window.kehu`.
 */
describe('the tasks panel on the customer, deal, order and ticket pages', () => {
  it.each(['deal', 'order', 'ticket'] as const)(
    'the %s page lists its own task, and Add task puts one on it',
    async (kind: TaskLinkKind) => {
      await renderKit(
        <>
          <RegisteredPanels kind={kind} column="side" recordId={records[kind]} />
          <TaskHost />
        </>,
      )
      const panel = await screen.findByRole('region', { name: 'Tasks' })
      expect(await within(panel).findByRole('listitem', { name: `Task on the ${kind}` })).toBeTruthy()
      expect(within(panel).getAllByRole('listitem')).toHaveLength(1)

      fireEvent.click(within(panel).getByRole('button', { name: 'Add task' }))
      const dialog = await screen.findByRole('dialog', { name: 'New task' })
      fireEvent.change(within(dialog).getByLabelText(/^Title/), { target: { value: `Second on the ${kind}` } })
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add task' }))
      expect(await within(panel).findByRole('listitem', { name: `Second on the ${kind}` })).toBeTruthy()
    },
  )

  it('on the customer page: every task of the customer, with the record each is on', async () => {
    await renderKit(<RegisteredPanels kind="customer" column="side" recordId={records.customer} />)
    const panel = await screen.findByRole('region', { name: 'Tasks' })
    await within(panel).findByRole('listitem', { name: 'Task on the ticket' })
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Task on the customer', 'Task on the deal', 'Task on the order', 'Task on the ticket'])
    expect(within(panel).getByText(/^Deal /)).toBeTruthy()
  })
})
