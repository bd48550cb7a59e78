import type { Dialogs } from '../ipc/context'

export type DialogKind = 'openFile' | 'saveFile' | 'chooseFolder'

/**
 * The harness has no native dialogs: an end-to-end test queues what the "user picks" next
 * (a path, or null for Cancel), exactly as Electron's dialog would return it.
 */
export function queuedDialogs(): Dialogs & { queue(kind: DialogKind, path: string | null): void } {
  const queues: Record<DialogKind, (string | null)[]> = { openFile: [], saveFile: [], chooseFolder: [] }
  const next = async (kind: DialogKind): Promise<string | null> => queues[kind].shift() ?? null
  return {
    queue: (kind, path) => void queues[kind].push(path),
    openFile: () => next('openFile'),
    saveFile: () => next('saveFile'),
    chooseFolder: () => next('chooseFolder'),
  }
}
