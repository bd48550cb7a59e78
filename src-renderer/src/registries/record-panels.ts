import type { ComponentType } from 'react'
import { createRegistry } from './registry'

/** The record pages other modules can add panels to. */
export type RecordKind = 'customer' | 'deal' | 'order' | 'ticket'

/** What a panel gets: the record's id (it asks for its own data). */
export interface RecordPanelProps {
  recordId: number
}

/**
 * A block on a record's page (the customer page, a deal, an order, a ticket) that another module
 * adds — open deals, orders, tasks, tickets on the customer page; tasks on a deal — without the
 * two features importing each other. The page renders the panels registered for its kind, per
 * column in `order`, each under its heading, after its own blocks.
 */
export interface RecordPanel {
  /** Unique per kind, e.g. `tasks.open`. */
  id: string
  kind: RecordKind
  /** The narrow side column (short lists) or the wide main column (tables, histories). */
  column: 'side' | 'main'
  /** Sort key within the column (customer page: open deals 100, open tickets 200; purchase history 100). */
  order: number
  /** Translated heading, read at render time so it follows the language. */
  title(): string
  Component: ComponentType<RecordPanelProps>
}

const panels = createRegistry<RecordPanel & { id: string }>()

/** Adds a panel to a record page; returns the function that removes it. */
export const registerRecordPanel = (panel: RecordPanel): (() => void) =>
  panels.register({ ...panel, id: `${panel.kind}:${panel.id}` })

export const recordPanels = panels
