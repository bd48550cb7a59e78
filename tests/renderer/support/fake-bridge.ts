import type { AppInfo, IpcResult, KehuBridge, Settings } from '../../../src-shared/ipc'
import type { SecurityStatus } from '../../../src-shared/ipc/channels/security'

/**
 * A test double of the transport only: answers app.info / settings.get / settings.set /
 * security.status the way the main process would for an open, unencrypted shop, finds no
 * customers for the palette's search, and records every call. Installed once as `window.kehu`
 * (ipc.ts caches the bridge), then reset per test.
 */
export interface FakeBridge {
  settings: Settings
  info: AppInfo
  calls: { channel: string; input: unknown }[]
  /** Make the next settings.set fail with this message. */
  failNextSet?: string
  reset(settings?: Partial<Settings>): void
}

const defaults = (): Settings => ({ locale: 'en', theme: 'light', currency: 'CNY' })

export const fake: FakeBridge = {
  settings: defaults(),
  info: {
    version: '0.1.0',
    dataFile: '/home/shop/Kehu/kehu.sqlite',
    schemaVersion: 1,
    platform: 'electron',
    integrity: { status: 'ok' },
    shop: 'own',
  },
  calls: [],
  reset(settings = {}) {
    this.settings = { ...defaults(), ...settings }
    this.calls = []
    this.failNextSet = undefined
  },
}

// Settings → Security asks for this when it mounts; left unanswered, its error alert raced the
// alerts the Settings tests wait for.
const openPlainShop: SecurityStatus = {
  phase: 'open',
  encrypted: false,
  passphraseSet: false,
  keychain: 'available',
  inKeychain: false,
  recovered: false,
}

const ok = <T>(data: T): IpcResult<unknown> => ({ ok: true, data })

const bridge: KehuBridge = {
  async invoke(channel, input) {
    fake.calls.push({ channel, input })
    if (channel === 'app.info') return ok(fake.info)
    if (channel === 'settings.get') return ok(fake.settings)
    if (channel === 'customers.search') return ok([])
    if (channel === 'security.status') return ok(openPlainShop)
    if (channel === 'settings.set') {
      if (fake.failNextSet) {
        const message = fake.failNextSet
        fake.failNextSet = undefined
        return { ok: false, error: { code: 'internal', message } }
      }
      fake.settings = { ...fake.settings, ...(input as Partial<Settings>) }
      return ok(fake.settings)
    }
    return { ok: false, error: { code: 'unknown_channel', message: `Unknown request "${channel}".` } }
  },
  on: () => () => {},
}

export function installFakeBridge(): FakeBridge {
  window.kehu = bridge
  return fake
}
