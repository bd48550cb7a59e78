import { useSyncExternalStore } from 'react'
import { customerPanels, type CustomerPanel } from '../../../../registries/customer-panels'
import { Section } from '../../../../components/section'

/** The panels other modules registered for one column of the customer page, in order. */
export function RegisteredPanels({ column, customerId }: { column: CustomerPanel['column']; customerId: number }) {
  const panels = useSyncExternalStore(customerPanels.subscribe, customerPanels.list)
  const shown = panels.filter((panel) => panel.column === column).sort((a, b) => a.order - b.order)
  return shown.map(({ id, title, Component }) => (
    <Section key={id} title={title()}>
      <Component customerId={customerId} />
    </Section>
  ))
}
