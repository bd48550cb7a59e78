// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { Badge } from '../../../src-renderer/src/components/badge'
import { Button } from '../../../src-renderer/src/components/button'
import { EmptyState } from '../../../src-renderer/src/components/empty-state'
import { Section } from '../../../src-renderer/src/components/section'
import { SegmentedControl } from '../../../src-renderer/src/components/segmented-control'
import { renderKit } from '../support/render-kit'

afterEach(() => cleanup())

function Priority() {
  const [value, setValue] = useState<'low' | 'normal' | 'high'>('normal')
  return (
    <>
      <SegmentedControl
        label="Priority"
        value={value}
        options={[
          { value: 'low', label: 'Low' },
          { value: 'normal', label: 'Normal' },
          { value: 'high', label: 'High' },
        ]}
        onChange={setValue}
      />
      <output aria-label="chosen">{value}</output>
    </>
  )
}

describe('SegmentedControl', () => {
  it('is a radio group named by its label, one option checked, clicking another chooses it', async () => {
    await renderKit(<Priority />)
    const group = screen.getByRole('radiogroup', { name: 'Priority' })
    expect((screen.getByRole('radio', { name: 'Normal' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: 'High' }))
    expect(screen.getByLabelText('chosen').textContent).toBe('high')
    expect(group.querySelectorAll('input:checked')).toHaveLength(1)
  })

  it('can hide its label from sight but not from screen readers', async () => {
    await renderKit(
      <SegmentedControl
        label="Which customers"
        hideLabel
        value="a"
        options={[{ value: 'a', label: 'Customers' }]}
        onChange={() => {}}
      />,
    )
    const legend = screen.getByText('Which customers')
    expect(legend.className).toBe('visually-hidden')
    expect(screen.getByRole('radiogroup', { name: 'Which customers' })).toBeTruthy()
  })
})

describe('Badge, Section, EmptyState', () => {
  it('a badge carries its word, its tone and an optional explanation', async () => {
    await renderKit(
      <Badge tone="warning" title="Due in 2 hours">
        Breach risk
      </Badge>,
    )
    const badge = screen.getByText('Breach risk')
    expect(badge.className).toBe('badge badge--warning')
    expect(badge.getAttribute('title')).toBe('Due in 2 hours')
  })

  it('a section is a region named by its heading', async () => {
    await renderKit(
      <Section title="Open tickets" card>
        <p>None</p>
      </Section>,
    )
    const region = screen.getByRole('region', { name: 'Open tickets' })
    expect(region.className).toBe('section section--card')
    expect(screen.getByRole('heading', { level: 2, name: 'Open tickets' })).toBeTruthy()
  })

  it('an empty state says what will be here and offers the next step', async () => {
    await renderKit(
      <EmptyState
        icon="tickets"
        title="No tickets yet"
        body="Log a complaint or a return from a customer's page."
        action={<Button>New ticket</Button>}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'No tickets yet' })).toBeTruthy()
    expect(screen.getByText("Log a complaint or a return from a customer's page.")).toBeTruthy()
    expect(screen.getByRole('button', { name: 'New ticket' })).toBeTruthy()
  })
})
