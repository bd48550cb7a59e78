/**
 * The browser harness (`npm run dev:web`, and the end-to-end tests): serves the built renderer
 * and routes `invoke` over loopback HTTP to the same registrar the Electron main process uses,
 * on a real data file (the owner's shop, or the demo shop beside it: app/shop/). Bound to
 * 127.0.0.1; a foreign Host header (DNS rebinding) is refused, and every call needs the
 * starting process's token or a page's session (./session.ts).
 *
 * Usage: node out/main/harness.js [--data-dir DIR] [--port N] [--locale zh-CN|en] [--test-hooks]
 * Prints one line `KEHU_HARNESS {"url":…,"open":…,"token":…,"dataDir":…,"startDigests":…}` when
 * listening: `open` is a one-time link for a browser; `startDigests`, how many reminder events
 * (the catch-up digest at start) wait for the first page, so a test knows whether one will come.
 * `--test-hooks` (the tests alone) lets the token holder queue what the next file dialog returns
 * and move the backend's clock (POST /__kehu/test/clock), so a reminder test needs no waiting, and
 * hand over the PDF a print asks for (POST /__kehu/test/print, see queued-printer.ts), and say how
 * long the person has been idle or that the computer locked (POST /__kehu/test/idle, for the app
 * lock).
 * `--first-run ask|plain`: a new data folder asks for the first run's encryption choice (`ask`,
 * as the Electron app always does) or starts plain at once (`plain`, the harness's default, so
 * every end-to-end test that does not test the first run starts as before). There is
 * no OS keychain here: a test keychain stands in (test hooks: POST /__kehu/test/keychain with
 * `{ status }` or `{ replaceSecret: true }`; `--keychain unavailable|insecure` from the start). Its
 * secret lives in memory, so a restarted harness's keychain no longer opens what the last one stored.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { resolveLocale, translate } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { createSecureHost, type SecureHost } from '../app/security/secure-host'
import { resolveDataDir } from '../db'
import { CONTENT_SECURITY_POLICY } from '../electron/security'
import { systemClock } from '../ipc/clock'
import { queuedDialogs, type DialogKind } from './queued-dialogs'
import { queuedPrinter } from './queued-printer'
import { HttpError, readJsonObject } from './request-body'
import { createSessions } from './session'
import { markHarness, readStatic } from './static-files'
import { createTestClock, type TestClock } from './test-clock'
import { testKeychain } from './test-keychain'
import type { KeychainStatus } from '../trust/keyring'
import { manualIdleSource } from '../trust/lock/idle-source'
import { idleSinceCall } from './idle-since-call'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    locale: { type: 'string' },
    'test-hooks': { type: 'boolean' },
    'first-run': { type: 'string' },
    keychain: { type: 'string' },
  },
})

// An explicit --data-dir wins; otherwise KEHU_DATA_DIR, otherwise a folder beside the checkout.
const dataDir = values['data-dir'] ? resolve(values['data-dir']) : resolveDataDir(resolve('.kehu-web-data'))
const osLocale = resolveLocale(values.locale ?? process.env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale)
const testHooks = values['test-hooks'] === true
const sessions = createSessions()
const rendererRoot = resolve(join(__dirname, '../renderer'))
const dialogs = queuedDialogs()
const printer = testHooks ? queuedPrinter() : undefined
const streams = new Set<ServerResponse>()
// A reminder is recorded as delivered when it fires: one that fires before any page is open
// (the catch-up digest at start) waits here for the first page instead of being lost.
const undelivered: string[] = []
const testClock: TestClock | undefined = testHooks ? createTestClock(systemClock) : undefined
const KEYCHAIN_STATES: KeychainStatus[] = ['available', 'unavailable', 'insecure']
const keychain = testKeychain(keychainAtStart(values.keychain))
// The tests say how idle the person is; otherwise the page's last call tells.
const testIdle = testHooks ? manualIdleSource() : undefined
const callIdle = idleSinceCall(testClock ?? systemClock)

const backend = bootOrExit()

/** `--keychain unavailable|insecure`: how the test keychain answers from the start (before the file is opened). */
function keychainAtStart(given: string | undefined): KeychainStatus {
  if (given === undefined) return 'available'
  if (!KEYCHAIN_STATES.includes(given as KeychainStatus)) throw new Error(`--keychain: one of ${KEYCHAIN_STATES.join(', ')}`)
  return given as KeychainStatus
}

/** A data file the app refuses (damaged, newer, not Kehu's) is told in words, as the app does, not as a stack. */
function bootOrExit(): SecureHost {
  try {
    return createSecureHost({
      dataDir,
      platform: 'web-harness',
      osLocale,
      dialogs,
      printer,
      emit: (event, payload) => {
        const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
        if (event === 'task.reminder' && streams.size === 0) undelivered.push(message)
        for (const res of streams) res.write(message)
      },
      reminders: true,
      backups: true,
      clock: testClock,
      keychain,
      firstRun: values['first-run'] === 'ask' ? 'ask' : 'plain',
      idle: testIdle ?? callIdle,
    })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    console.error(`Kehu: ${translate(osLocale, `errors.${error.code}`, error.params)}`)
    process.exit(1)
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (error instanceof HttpError)
      return sendJson(res, error.status, { ok: false, error: { code: 'bad_request', message: error.message } })
    console.error('[harness]', error)
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'internal error' } })
  })
})

const port = (): number => {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.headers.host !== `127.0.0.1:${port()}`) return send(res, 403, 'text/plain', 'forbidden host')
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port()}`)
  if (url.pathname.startsWith('/__kehu/')) return handleApi(req, res, url.pathname)

  const key = url.searchParams.get('key')
  if (key !== null) {
    const cookie = sessions.redeem(key)
    if (!cookie) return send(res, 403, 'text/plain', 'This link was already used. Start the harness again for a new one.')
    res.writeHead(303, { location: '/', 'set-cookie': cookie, 'cache-control': 'no-store' })
    return void res.end()
  }
  const file = await readStatic(rendererRoot, url.pathname === '/' ? '/index.html' : url.pathname)
  if (!file) return send(res, 404, 'text/plain', 'not found')
  if (!file.type.startsWith('text/html')) return send(res, 200, file.type, file.body)
  // The page itself only for a browser that opened the link (scripts and styles hold no secret).
  if (!sessions.isAllowed(req)) return send(res, 403, 'text/plain', 'Open the link the harness printed.')
  return send(res, 200, file.type, markHarness(file.body.toString('utf8')))
}

async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (!sessions.isAllowed(req)) return send(res, 403, 'text/plain', 'bad token')
  if (path === '/__kehu/invoke' && req.method === 'POST') {
    const { channel, input } = await readJsonObject(req)
    if (typeof channel !== 'string') throw new HttpError(400, 'channel must be a string')
    callIdle.touch()
    return sendJson(res, 200, await backend.dispatch(channel, input))
  }
  if (path === '/__kehu/events') return openEventStream(res)
  if (!sessions.isOwner(req)) return send(res, 404, 'text/plain', 'not found')
  if (path === '/__kehu/launch' && req.method === 'POST') {
    return sendJson(res, 200, { url: `http://127.0.0.1:${port()}/?key=${sessions.launchKey()}` })
  }
  if (testHooks && path === '/__kehu/test/dialog' && req.method === 'POST') {
    const { kind, path: file } = await readJsonObject(req)
    dialogs.queue(kind as DialogKind, typeof file === 'string' ? file : null)
    return send(res, 204, 'text/plain', '')
  }
  if (printer && path === '/__kehu/test/print' && req.method === 'POST') {
    const { pdf } = await readJsonObject(req)
    if (typeof pdf !== 'string') throw new HttpError(400, 'pdf must be base64 text')
    printer.supply(Buffer.from(pdf, 'base64'))
    return send(res, 204, 'text/plain', '')
  }
  if (testHooks && path === '/__kehu/test/keychain' && req.method === 'POST') {
    const change = (await readJsonObject(req)) as { status?: KeychainStatus; replaceSecret?: boolean }
    if (change.status && !KEYCHAIN_STATES.includes(change.status)) throw new HttpError(400, 'unknown keychain status')
    if (change.status) keychain.setStatus(change.status)
    if (change.replaceSecret) keychain.replaceSecret()
    return send(res, 204, 'text/plain', '')
  }
  if (testClock && path === '/__kehu/test/clock' && req.method === 'POST') {
    const move = (await readJsonObject(req)) as { advanceMs?: number; sleepMs?: number; resume?: boolean }
    testClock.sleep(move.sleepMs ?? 0)
    if (move.resume) backend.resumed()
    testClock.advance(move.advanceMs ?? 0)
    return sendJson(res, 200, { now: new Date(testClock.now()).toISOString() })
  }
  if (testIdle && path === '/__kehu/test/idle' && req.method === 'POST') {
    const { idleSeconds, away } = (await readJsonObject(req)) as { idleSeconds?: number; away?: boolean }
    if (idleSeconds !== undefined) testIdle.set(idleSeconds)
    if (away) testIdle.away()
    return send(res, 204, 'text/plain', '')
  }
  return send(res, 404, 'text/plain', 'not found')
}

function openEventStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
  res.write(': connected\n\n')
  streams.add(res)
  res.on('close', () => streams.delete(res))
  for (const message of undelivered.splice(0)) res.write(message)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json', JSON.stringify(body))
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

server.listen(Number(values.port ?? 0), '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port()}/`
  const open = `${url}?key=${sessions.launchKey()}`
  const startDigests = undelivered.length
  console.log(`KEHU_HARNESS ${JSON.stringify({ url, open, token: sessions.token, dataDir, startDigests })}`)
  console.error(`Kehu: open ${open} in a browser (the link works once).`)
})

const shutdown = (): void => {
  server.close()
  for (const res of streams) res.end()
  void backend.close().finally(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
