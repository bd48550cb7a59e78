/**
 * The browser harness (`npm run dev:web`, and the end-to-end tests): serves the built renderer
 * and routes `invoke` over loopback HTTP to the same registrar the Electron main process uses,
 * on a real data file. Bound to 127.0.0.1 with a random per-run token; requests without it,
 * or with a foreign Host header (DNS rebinding), are refused.
 *
 * Usage: node out/main/harness.js [--data-dir DIR] [--port N] [--locale zh-CN|en] [--test-hooks]
 * Prints one line `KEHU_HARNESS {"url":…,"token":…}` when listening.
 *
 * `--test-hooks` (end-to-end tests only; `startHarness()` passes it) adds the test clock: the
 * backend's clock can be moved with POST /__kehu/test/clock, so a reminder test needs no waiting.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { resolveLocale } from '../../src-shared/i18n'
import { bootBackend } from '../app/boot'
import { resolveDataDir } from '../db'
import { CONTENT_SECURITY_POLICY } from '../electron/security'
import { queuedDialogs, type DialogKind } from './queued-dialogs'
import { injectToken, readStatic } from './static-files'
import { createTestClock, type TestClock } from './test-clock'
import { systemClock } from '../ipc/clock'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    locale: { type: 'string' },
    'test-hooks': { type: 'boolean' },
  },
})

// An explicit --data-dir wins; otherwise KEHU_DATA_DIR, otherwise a folder beside the checkout.
const dataDir = values['data-dir'] ? resolve(values['data-dir']) : resolveDataDir(resolve('.kehu-web-data'))
const token = randomBytes(24).toString('hex')
const rendererRoot = resolve(join(__dirname, '../renderer'))
const dialogs = queuedDialogs()
const streams = new Set<ServerResponse>()
// A reminder is recorded as delivered when it fires: one that fires before any page is open
// (the catch-up digest at start) waits here for the first page instead of being lost.
const undelivered: string[] = []
const testClock: TestClock | undefined = values['test-hooks'] ? createTestClock(systemClock) : undefined

const backend = bootBackend({
  dataDir,
  platform: 'web-harness',
  osLocale: resolveLocale(values.locale ?? process.env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale),
  dialogs,
  emit: (event, payload) => {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    if (event === 'task.reminder' && streams.size === 0) undelivered.push(message)
    for (const res of streams) res.write(message)
  },
  reminders: true,
  clock: testClock,
})

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error('[harness]', error)
    if (!res.headersSent) send(res, 500, 'text/plain', 'internal error')
  })
})

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  if (req.headers.host !== `127.0.0.1:${port}`) return send(res, 403, 'text/plain', 'forbidden host')
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

  if (url.pathname.startsWith('/__kehu/')) {
    const supplied = req.headers['x-kehu-token'] ?? url.searchParams.get('token')
    if (supplied !== token) return send(res, 403, 'text/plain', 'bad token')
    if (url.pathname === '/__kehu/invoke' && req.method === 'POST') {
      const { channel, input } = JSON.parse(await readBody(req)) as { channel: string; input: unknown }
      return send(res, 200, 'application/json', JSON.stringify(await backend.dispatch(channel, input)))
    }
    if (url.pathname === '/__kehu/events') return openEventStream(res)
    if (url.pathname === '/__kehu/test/dialog' && req.method === 'POST') {
      const { kind, path } = JSON.parse(await readBody(req)) as { kind: DialogKind; path: string | null }
      dialogs.queue(kind, path)
      return send(res, 204, 'text/plain', '')
    }
    if (url.pathname === '/__kehu/test/clock' && req.method === 'POST' && testClock) {
      const move = JSON.parse(await readBody(req)) as { advanceMs?: number; sleepMs?: number; resume?: boolean }
      testClock.sleep(move.sleepMs ?? 0)
      if (move.resume) backend.resumed()
      testClock.advance(move.advanceMs ?? 0)
      return send(res, 200, 'application/json', JSON.stringify({ now: new Date(testClock.now()).toISOString() }))
    }
    return send(res, 404, 'text/plain', 'not found')
  }

  const file = await readStatic(rendererRoot, url.pathname === '/' ? '/index.html' : url.pathname)
  if (!file) return send(res, 404, 'text/plain', 'not found')
  const body = file.type.startsWith('text/html') ? injectToken(file.body.toString('utf8'), token) : file.body
  return send(res, 200, file.type, body)
}

function openEventStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
  res.write(': connected\n\n')
  streams.add(res)
  res.on('close', () => streams.delete(res))
  for (const message of undelivered.splice(0)) res.write(message)
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  })
  res.end(body)
}

function readBody(req: IncomingMessage, limit = 16 * 1024 * 1024): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new Error('request too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

server.listen(Number(values.port ?? 0), '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  console.log(`KEHU_HARNESS ${JSON.stringify({ url: `http://127.0.0.1:${port}/`, token, dataDir })}`)
})

const shutdown = (): void => {
  server.close()
  for (const res of streams) res.end()
  void backend.close().finally(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
