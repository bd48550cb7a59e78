import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { DialogKind } from '../../src-main/harness/queued-dialogs'
import type { IpcResult } from '../../src-shared/ipc'

const HARNESS = resolve(__dirname, '../../out/main/harness.js')

/** True after `npm run build`. */
export const harnessBuilt = existsSync(HARNESS)

export interface BuiltHarness {
  /** The harness process (its memory is what `npm run bench -- --only memory` reads). */
  pid: number
  invoke<T>(channel: string, input: unknown): Promise<IpcResult<T>>
  /** What the next file dialog of `kind` answers (a path, or null for Cancel). */
  queueDialog(kind: DialogKind, path: string | null): Promise<void>
  /** Calls `listener` with every event the backend emits (the page's event stream) until the returned stop is called. */
  watchEvents(listener: (event: string, payload: unknown) => void): () => void
  /** SIGTERM, as a user's Ctrl-C: resolves with the exit code once the harness has shut down. */
  stop(): Promise<number | null>
}

/**
 * The electron-vite build of the browser harness (the same main-process code as Electron) on
 * `dataDir`, running its long work in the bundled worker threads as the app does: vitest's
 * marker would make it run them inline (src-main/workers/worker-host.ts).
 */
export async function startBuiltHarness(
  dataDir: string,
  /** Runs the harness's command line inside another (e.g. a private mount namespace); it must pass SIGTERM on. */
  wrap: (command: string[]) => string[] = (command) => command,
): Promise<BuiltHarness> {
  const [program, ...args] = wrap([process.execPath, HARNESS, '--data-dir', dataDir, '--locale', 'en', '--test-hooks'])
  const child = spawn(program, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, VITEST: '', KEHU_DATA_DIR: '' },
  })
  const exited = new Promise<number | null>((done) => child.once('exit', done))
  const { url, token } = await new Promise<{ url: string; token: string }>((ok, fail) => {
    void exited.then((code) => fail(new Error(`harness exited ${code}`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('KEHU_HARNESS ')) ok(JSON.parse(line.slice('KEHU_HARNESS '.length)))
    })
  })
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(new URL(path, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kehu-token': token },
      body: JSON.stringify(body),
    })
  return {
    pid: child.pid as number,
    invoke: async <T>(channel: string, input: unknown) =>
      (await (await post('/__kehu/invoke', { channel, input })).json()) as IpcResult<T>,
    async queueDialog(kind, path) {
      const response = await post('/__kehu/test/dialog', { kind, path })
      if (response.status !== 204) throw new Error(`queueDialog failed: ${response.status}`)
    },
    watchEvents(listener) {
      const aborter = new AbortController()
      void fetch(new URL('/__kehu/events', url), { headers: { 'x-kehu-token': token }, signal: aborter.signal })
        .then(async (response) => {
          let buffered = ''
          for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
            buffered += Buffer.from(chunk).toString('utf8')
            const messages = buffered.split('\n\n')
            buffered = messages.pop() ?? ''
            for (const message of messages) {
              const event = /^event: (.*)$/m.exec(message)?.[1]
              const data = /^data: (.*)$/m.exec(message)?.[1]
              if (event && data) listener(event, JSON.parse(data))
            }
          }
        })
        .catch(() => undefined) // stopped, or the harness went away
      return () => aborter.abort()
    },
    stop: () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}
