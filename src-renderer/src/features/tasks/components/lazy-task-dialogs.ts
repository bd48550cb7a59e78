import { lazyPage } from '../../../lib/lazy-page'

/* The task forms and their schema load on first open (or when the shell preloads), not at start. */
export const taskEditorDialog = lazyPage(() => import('./task-editor-dialog').then((m) => m.TaskEditorDialog))
export const nextFollowUpDialog = lazyPage(() => import('./next-follow-up-dialog').then((m) => m.NextFollowUpDialog))

export const preloadTaskDialogs = (): Promise<unknown> => Promise.all([taskEditorDialog.preload(), nextFollowUpDialog.preload()])
