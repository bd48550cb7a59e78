import { startBuiltHarness } from '../../../support/built-harness'

export interface HarnessRun {
  /** Milliseconds from the app serving to the end (the answer, or the kill). */
  ms: number
  /** SIGKILL came before the answer. */
  killed: boolean
  answer: { ok: boolean; data?: unknown; error?: { code: string; message: string } } | null
}

/**
 * Runs one backup or restore in the built app (the browser harness: the same main-process code
 * and bundled worker threads as Electron) in its own process; with `killAfterMs`, sends it
 * SIGKILL that long after it started serving, wherever the operation is by then. The built app
 * starts in well under a second, where a child run from sources took seconds to compile.
 */
export async function runInHarness(
  operation: 'backup' | 'restore',
  dataDir: string,
  name = '',
  killAfterMs?: number,
): Promise<HarnessRun> {
  const harness = await startBuiltHarness(dataDir)
  const started = performance.now()
  let answered = false
  let killed = false
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          if (answered) return
          killed = true
          process.kill(harness.pid, 'SIGKILL')
        }, killAfterMs)
  const call = operation === 'backup' ? harness.invoke('backups.create', {}) : harness.invoke('backups.restore', { name })
  const answer = (await call.catch(() => null)) as HarnessRun['answer']
  answered = true
  const ms = performance.now() - started
  clearTimeout(timer)
  // After a kill this only waits for the process to be gone; otherwise it is a clean quit.
  await harness.stop()
  return { ms, killed: killed && answer === null, answer: killed ? null : answer }
}
