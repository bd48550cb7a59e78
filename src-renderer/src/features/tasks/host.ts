/**
 * What the shell needs of tasks at start: the registrations (the tasks panel on record pages, the
 * palette's "New task") and <TaskHost />, which shows reminders over every page. The Today page
 * stays behind the feature's index, a lazy route.
 */
import { registerPaletteProvider } from '../../registries/palette'
import { taskPaletteProvider } from './api/task-palette-provider'
import { registerTaskPanels } from './panels'
import './tasks.css'

registerPaletteProvider(taskPaletteProvider)
registerTaskPanels()

export { TaskHost } from './components/task-host'
export { listenForReminders } from './api/reminder-listener'
export { preloadTaskDialogs } from './components/lazy-task-dialogs'
