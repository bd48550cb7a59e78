import type { ComponentType } from 'react'
import { createRegistry } from './registry'

/** What a panel on the customer page gets: the customer's id (it asks for its own data). */
export interface CustomerPanelProps {
  customerId: number
}

/**
 * A block on the customer detail page that another module adds (open deals, orders, tasks,
 * tickets …) without importing the customers feature. The page renders the registered panels
 * of each column in `order`, each under its heading, after its own blocks (profile and notes
 * in the side column, the timeline in the main one).
 */
export interface CustomerPanel {
  id: string
  /** The narrow side column (short lists) or the wide main column (tables, histories). */
  column: 'side' | 'main'
  /** Sort key within the column: open deals 100, open tickets 200; purchase history 100. */
  order: number
  /** Translated heading, read at render time so it follows the language. */
  title(): string
  Component: ComponentType<CustomerPanelProps>
}

const panels = createRegistry<CustomerPanel>()

/** Adds a panel to the customer page; returns the function that removes it. */
export const registerCustomerPanel = (panel: CustomerPanel): (() => void) => panels.register(panel)

export const customerPanels = panels
