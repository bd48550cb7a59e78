import { createElement } from 'react'
import { TASK_LINK_KINDS } from '../../../../src-shared/domain/task-types'
import { i18n } from '../../lib/i18n'
import { registerRecordPanel, type RecordPanelProps } from '../../registries/record-panels'
import { TaskPanel } from './components/task-panel'

/**
 * The tasks panel on every record page — customer, deal, order, ticket — first in the side
 * column (the customer page's open deals are 100).
 */
export function registerTaskPanels(): () => void {
  const stops = TASK_LINK_KINDS.map((kind) =>
    registerRecordPanel({
      id: 'tasks.list',
      kind,
      column: 'side',
      order: 50,
      title: () => i18n.t('tasks:panel.title'),
      Component: ({ recordId }: RecordPanelProps) => createElement(TaskPanel, { kind, recordId }),
    }),
  )
  return () => stops.forEach((stop) => stop())
}
