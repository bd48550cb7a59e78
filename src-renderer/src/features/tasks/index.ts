/**
 * The tasks feature. The shell renders
 *   <TodayPage />   for { page: 'today' }
 *   <TaskHost />    once, over every page (in-app reminders, the task editor, "next follow-up?")
 * Importing the feature registers the tasks panel on the customer, deal, order and ticket pages
 * and the palette's "New task" (registries replace by id, so a repeated import is harmless).
 */
export { TaskHost } from './host'
export { TodayPage } from './components/today-page'
