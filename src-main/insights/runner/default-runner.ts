import type Database from 'better-sqlite3'
import { loadedNativeBinding } from './native-binding'
import { runInline } from './run-inline'
import type { InsightsRunner } from './runner'
import { createWorkerRunner } from './worker-runner'

/**
 * The app (Electron and the browser harness, both built by electron-vite) runs heavy jobs in
 * the bundled worker. Vitest runs the TypeScript sources, where no bundled worker exists, so
 * there the jobs run inline on the same connection — the same functions either way.
 */
export function defaultRunner(db: Database.Database, dataFile: string): InsightsRunner {
  if (process.env.VITEST) return runInline(db)
  const runner = import('./worker-entry-path').then(({ default: workerPath }) =>
    createWorkerRunner({ workerPath, file: dataFile, nativeBinding: loadedNativeBinding() }),
  )
  return {
    run: async (request) => (await runner).run(request),
    close: async () => (await runner).close(),
  }
}
