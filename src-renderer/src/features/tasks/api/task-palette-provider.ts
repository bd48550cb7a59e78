import { LOCALES } from '../../../../../src-shared/i18n/locales'
import { i18n } from '../../../lib/i18n'
import { matchesQuery, type PaletteProvider } from '../../../registries/palette'
import { useTaskUi } from '../stores/task-ui'

/** "New task" from anywhere, found by its name in either language ("task", "任务", "todo"). */
export const taskPaletteProvider: PaletteProvider = {
  id: 'tasks.actions',
  order: 15,
  async search(query) {
    const title = i18n.t('tasks:actions.newTask')
    const names = LOCALES.map((lng) => String(i18n.t('tasks:actions.newTask', { lng })))
    if (!matchesQuery(query, title, ...names, 'new task', 'todo', 'follow-up', '待办', '跟进')) return []
    return [
      {
        id: 'action:new-task',
        title,
        group: i18n.t('palette:groupActions'),
        perform: () => useTaskUi.getState().openEditor({ mode: 'new', link: null, linkName: null }),
      },
    ]
  },
}
