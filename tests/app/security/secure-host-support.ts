import { afterEach } from 'vitest'
import { createSecureHost, type SecureHost, type SecureHostOptions } from '../../../src-main/app/security/secure-host'
import { queuedDialogs } from '../../../src-main/harness/queued-dialogs'
import type { TestKeychain } from '../../../src-main/harness/test-keychain'
import type { IpcResult } from '../../../src-shared/ipc'
import { makeTempDir } from '../../support/temp-dir'

export const PASS = 'a long shop passphrase'
export const NAME = '慕容雪晴'
export const PHONE = '13800138123'
export const LIST = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 }

const hosts: SecureHost[] = []
const cleanups: (() => void)[] = []
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close()
  for (const cleanup of cleanups.splice(0)) cleanup()
})

export function folder(): string {
  const temp = makeTempDir('kehu-secure-')
  cleanups.push(temp.cleanup)
  return temp.dir
}

export function start(dataDir: string, keychain: TestKeychain | undefined, extra: Partial<SecureHostOptions> = {}): SecureHost {
  const host = createSecureHost({
    dataDir,
    platform: 'cli',
    osLocale: 'en',
    dialogs: queuedDialogs(),
    keychain,
    firstRun: 'ask',
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    ...extra,
  })
  hosts.push(host)
  return host
}

export async function stop(host: SecureHost): Promise<void> {
  hosts.splice(hosts.indexOf(host), 1)
  await host.close()
}

export async function ok<T>(host: SecureHost, channel: string, input: unknown): Promise<T> {
  const result = (await host.dispatch(channel, input)) as IpcResult<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data
}

export async function refused(host: SecureHost, channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await host.dispatch(channel, input)
  if (result.ok) throw new Error(`${channel} answered ok`)
  return result.error
}

export const names = async (host: SecureHost): Promise<string[]> =>
  (await ok<{ rows: { name: string }[] }>(host, 'customers.list', LIST)).rows.map((row) => row.name)
