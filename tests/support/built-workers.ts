import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TaskTable } from '../../src-main/workers/task'

const chunks = resolve(__dirname, '../../out/main/chunks')

/** The built worker of a task table (`<name>.worker-<hash>.js`), or undefined before `npm run build`. */
export function builtWorker(name: string): string | undefined {
  const file = existsSync(chunks) ? readdirSync(chunks).find((f) => f.startsWith(`${name}.worker-`)) : undefined
  return file && join(chunks, file)
}

/** True when `npm run build` made every task worker; tests of the build skip otherwise. */
export const workersBuilt = ['jobs', 'analytics', 'integrity', 'demo-shop'].every((name) => builtWorker(name) !== undefined)

/** `WorkerHostOptions.entryPath` for tests: the app's own built workers, found in `out/`. */
export async function builtEntryPath(table: TaskTable): Promise<string> {
  const path = builtWorker(table.name)
  if (!path) throw new Error(`no built ${table.name} worker: run npm run build`)
  return path
}

/** The bundled-entry argument of `WorkerHost.runner`; tests pass `entryPath` (or run inline) instead. */
export const noBundledEntry = (): Promise<{ default: string }> => Promise.reject(new Error('tests have no bundled worker entry'))
