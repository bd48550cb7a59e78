import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataFilePath } from '../../src-main/db'
import { makeTempDir } from '../support/temp-dir'
import { startHarness, type Harness } from './support/harness'

const HARNESS = resolve(__dirname, '../../out/main/harness.js')
const MB = 1024 * 1024

/** A request as any local process could make it: no token, no cookie unless given. */
const get = (harness: Harness, path: string, cookie?: string): Promise<Response> =>
  fetch(new URL(path, harness.url), { redirect: 'manual', headers: cookie ? { cookie } : {} })

const post = (harness: Harness, path: string, body: string, headers: Record<string, string>): Promise<Response> =>
  fetch(new URL(path, harness.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

async function newLink(harness: Harness): Promise<string> {
  const response = await post(harness, '/__kehu/launch', '', { 'x-kehu-token': harness.token })
  return ((await response.json()) as { url: string }).url
}

/**
 * The harness is a door into a real data file: only the process that started it (its token)
 * and the page opened from its one-time link (an HttpOnly cookie) get in; the test hooks exist
 * only when the tests ask for them; bad bodies get a 400 or 413 JSON answer.
 */
describe('the browser harness lets in only who started it', () => {
  let harness: Harness
  let plain: Harness
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    plain = await startHarness({ locale: 'en', testHooks: false })
  })
  afterAll(async () => {
    await harness?.stop()
    await plain?.stop()
  })

  it('serves the page to nobody without a link, and never the token', async () => {
    const page = await get(harness, '/')
    expect(page.status).toBe(403)
    expect(await page.text()).not.toContain(harness.token)
    // The scripts hold no secret and are served; they never contain the token either.
    expect((await post(harness, '/__kehu/invoke', '{"channel":"settings.get","input":{}}', {})).status).toBe(403)
  })

  it('a one-time link gives one browser an HttpOnly SameSite=Strict session, and is spent', async () => {
    const link = await newLink(harness)
    const opened = await get(harness, new URL(link).pathname + new URL(link).search)
    expect(opened.status).toBe(303)
    const cookie = opened.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const session = cookie.split(';')[0]
    const page = await get(harness, '/', session)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<meta name="kehu-harness"')
    expect(html).not.toContain(harness.token)
    const call = await post(harness, '/__kehu/invoke', '{"channel":"settings.get","input":{}}', { cookie: session })
    expect(await call.json()).toMatchObject({ ok: true, data: { locale: 'en' } })
    // The same link again, by anyone: refused.
    expect((await get(harness, new URL(link).pathname + new URL(link).search)).status).toBe(403)
    // A session cannot mint links or queue dialogs: that is the token holder's alone.
    expect((await post(harness, '/__kehu/launch', '', { cookie: session })).status).toBe(404)
    expect(
      (await post(harness, '/__kehu/test/dialog', '{"kind":"openFile","path":"/etc/passwd"}', { cookie: session })).status,
    ).toBe(404)
  })

  it('the dialog hook exists only when the tests start the harness with --test-hooks', async () => {
    const body = JSON.stringify({ kind: 'openFile', path: '/etc/passwd' })
    expect((await post(plain, '/__kehu/test/dialog', body, { 'x-kehu-token': plain.token })).status).toBe(404)
    expect(
      (
        await post(harness, '/__kehu/test/dialog', JSON.stringify({ kind: 'openFile', path: null }), {
          'x-kehu-token': harness.token,
        })
      ).status,
    ).toBe(204)
  })

  it('answers a malformed body with 400 JSON and an oversized one with 413, then still serves', async () => {
    const owner = { 'x-kehu-token': harness.token }
    for (const body of ['{"channel":', '[1,2]', 'null', '{"channel":42}']) {
      const response = await post(harness, '/__kehu/invoke', body, owner)
      expect(response.status, body).toBe(400)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    }
    const huge = ' '.repeat(17 * MB)
    const response = await post(harness, '/__kehu/invoke', huge, owner)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(await harness.invoke('settings.get', {})).toMatchObject({ locale: 'en' })
  })
})

describe('a data file the harness cannot open', () => {
  const temp = makeTempDir('kehu-harness-broken-')
  afterAll(() => temp.cleanup())

  it('is told in words, translated, with no stack', async () => {
    writeFileSync(dataFilePath(temp.dir), 'this is not a database, only text '.repeat(200))
    const child = spawn(process.execPath, [HARNESS, '--data-dir', temp.dir, '--locale', 'zh-CN'], {
      env: { ...process.env, KEHU_DATA_DIR: '' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const code = await new Promise<number | null>((done) => child.once('exit', done))
    expect(code).toBe(1)
    expect(stderr).toContain('不是 Kehu 数据文件')
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
