import { useSyncExternalStore } from 'react'
import { recordPanels, type RecordKind, type RecordPanel } from '../registries/record-panels'
import { Section } from './section'

/** The panels other modules registered for one column of a record's page, in order. */
export function RegisteredPanels({
  kind,
  column,
  recordId,
}: {
  kind: RecordKind
  column: RecordPanel['column']
  recordId: number
}) {
  const panels = useSyncExternalStore(recordPanels.subscribe, recordPanels.list)
  const shown = panels.filter((panel) => panel.kind === kind && panel.column === column).sort((a, b) => a.order - b.order)
  return shown.map(({ id, title, Component }) => (
    <Section key={id} title={title()}>
      <Component recordId={recordId} />
    </Section>
  ))
}
