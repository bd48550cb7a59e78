import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { makeTempDir } from '../../support/temp-dir'

const HARNESS = resolve(__dirname, '../../../out/main/harness.js')

export interface Harness {
  url: string
  token: string
  dataDir: string
  /**
   * Reminder events waiting for the first page when the harness started: the digest of what came
   * due while the shop was closed (a seeded shop's history ends at midnight UTC, so whether any
   * came due depends on the time of day).
   */
  startDigests: number
  /** Calls a channel through the same HTTP route the renderer uses. */
  invoke<T = unknown>(channel: string, input: unknown): Promise<T>
  /** Queues what the next main-process file dialog "returns" (null = the user cancelled). */
  queueDialog(kind: 'openFile' | 'saveFile' | 'chooseFolder', path: string | null): Promise<void>
  /**
   * Moves the backend's clock (the harness's test clock, `--test-hooks`): `sleepMs` passes with
   * the computer asleep, `resume` reports the wake, `advanceMs` passes awake (timers fire on the
   * way). Resolves to the backend's time after the move.
   */
  moveClock(move: { advanceMs?: number; sleepMs?: number; resume?: boolean }): Promise<string>
  stop(): Promise<void>
}

/** The token of each running harness, by origin: what mints a page's one-time link. */
const owners = new Map<string, string>()

/**
 * The one-time link that opens the app at `url` in a browser (the harness serves its page only
 * through such a link, setting the page's session cookie); `url` itself for anything else.
 */
export async function pageLink(url: string): Promise<string> {
  const token = owners.get(new URL(url).origin)
  if (!token) return url
  const response = await fetch(new URL('/__kehu/launch', url), { method: 'POST', headers: { 'x-kehu-token': token } })
  return ((await response.json()) as { url: string }).url
}

/**
 * Starts the built harness (`npm run build` first) on a fresh data folder, as `npm run dev:web`
 * does, and waits for its `KEHU_HARNESS` line.
 */
export async function startHarness(
  options: {
    locale?: 'zh-CN' | 'en'
    dataDir?: string
    testHooks?: boolean
    /** `ask`: a new folder waits for the first-run screen's encryption choice (default: plain at once). */
    firstRun?: 'ask'
    /** How the test keychain answers from the start (default: available). */
    keychain?: 'unavailable' | 'insecure'
  } = {},
): Promise<Harness> {
  if (!existsSync(HARNESS)) throw new Error(`${HARNESS} is missing: run \`npm run build\` first`)
  const temp = options.dataDir ? undefined : makeTempDir('kehu-e2e-')
  const dataDir = options.dataDir ?? temp!.dir
  // --test-hooks: the dialog queue and the test clock (moveClock). Only tests pass it; `npm run dev:web` has none.
  const child = spawn(
    process.execPath,
    [
      HARNESS,
      '--data-dir',
      dataDir,
      '--locale',
      options.locale ?? 'en',
      ...(options.testHooks === false ? [] : ['--test-hooks']),
      ...(options.firstRun ? ['--first-run', options.firstRun] : []),
      ...(options.keychain ? ['--keychain', options.keychain] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      // Not VITEST: the built app runs its workers' tasks in worker threads, not on its main
      // thread as under vitest (workers/worker-host.ts) — the harness is the app under test.
      env: { ...process.env, VITEST: '', KEHU_DATA_DIR: '' },
    },
  )
  const { url, token, startDigests } = await readReadyLine(child)
  owners.set(new URL(url).origin, token)
  const post = async (path: string, body: unknown): Promise<Response> =>
    fetch(new URL(path, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kehu-token': token },
      body: JSON.stringify(body),
    })
  return {
    url,
    token,
    dataDir,
    startDigests,
    async invoke<T>(channel: string, input: unknown): Promise<T> {
      const result = (await (await post('/__kehu/invoke', { channel, input })).json()) as
        { ok: true; data: T } | { ok: false; error: { message: string } }
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.data
    },
    async queueDialog(kind, path) {
      const response = await post('/__kehu/test/dialog', { kind, path })
      if (response.status !== 204) throw new Error(`queueDialog failed: ${response.status}`)
    },
    async moveClock(move) {
      const response = await post('/__kehu/test/clock', move)
      if (response.status !== 200) throw new Error(`moveClock failed: ${response.status}`)
      return ((await response.json()) as { now: string }).now
    },
    async stop() {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
      owners.delete(new URL(url).origin)
      temp?.cleanup()
    },
  }
}

type ReadyLine = { url: string; token: string; startDigests: number }

function readReadyLine(child: ChildProcess): Promise<ReadyLine> {
  return new Promise((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const timer = setTimeout(() => reject(new Error('harness did not start within 30 s')), 30_000)
    child.once('exit', (code) => reject(new Error(`harness exited early with code ${code}`)))
    lines.on('line', (line) => {
      if (!line.startsWith('KEHU_HARNESS ')) return
      clearTimeout(timer)
      resolveReady(JSON.parse(line.slice('KEHU_HARNESS '.length)) as ReadyLine)
    })
  })
}
