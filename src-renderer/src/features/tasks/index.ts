/**
 * The tasks feature. The shell renders
 *   <TodayPage />   for { page: 'today' }
 *   <TaskHost />    once, over every page (in-app reminders, the task editor, "next follow-up?")
 * Importing the feature registers the tasks panel on the customer, deal, order and ticket pages
 * and the palette's "New task" (registries replace by id, so a repeated import is harmless).
 */
import { registerPaletteProvider } from '../../registries/palette'
import { taskPaletteProvider } from './api/task-palette-provider'
import { registerTaskPanels } from './panels'
import './tasks.css'

registerPaletteProvider(taskPaletteProvider)
registerTaskPanels()

export { TodayPage } from './components/today-page'
export { TaskHost } from './components/task-host'
