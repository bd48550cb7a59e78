import { writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_SHOP_SIZE } from '../../../src-shared/ipc/channels/app-types'
import type { BundlesResult } from '../../../src-shared/domain/analytics'
import type { AppInfo, Settings } from '../../../src-shared/ipc/channels/app'
import { openTestBackend } from '../../support/test-db'
import { makeTempDir } from '../../support/temp-dir'
import { data, fileHash, openShopHost, rowCounts } from './shop-test-host'

const LIST = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 } as const
type Host = ReturnType<typeof openShopHost>

// The owner's file read by a connection of the test's own, after every host closed.
const countsOf = (file: string): Record<string, number> => {
  const db = new Database(file, { readonly: true })
  try {
    return rowCounts(db)
  } finally {
    db.close()
  }
}

const info = (host: Host) => data<AppInfo>(host.dispatch('app.info', {}))
const customerCount = async (host: Host) => (await data<{ total: number }>(host.dispatch('customers.list', LIST))).total
const customerNamed = async (host: Host, q: string) =>
  (await data<{ total: number }>(host.dispatch('customers.list', { ...LIST, query: q }))).total

describe('the demo shop beside the owner’s', () => {
  let cleanup: (() => void) | undefined
  afterEach(() => cleanup?.())
  const folder = (): string => {
    const temp = makeTempDir('kehu-demo-shop-')
    cleanup = temp.cleanup
    return temp.dir
  }

  it('is served in place of the owner’s file, keeps what was done in it, and never changes a byte of the owner’s', async () => {
    const dir = folder()
    const ownFile = join(dir, 'kehu.sqlite')
    const first = openShopHost(dir)
    await data(first.dispatch('customers.create', { name: '王小明', phone: '13800000001' }))
    expect((await info(first)).shop).toBe('own')
    const ownCounts = rowCounts(first.current().db)

    expect(await data(first.dispatch('app.openDemoShop', {}))).toEqual({ shop: 'demo' })
    const ownBytes = fileHash(ownFile)
    const demo = await info(first)
    expect(demo.shop).toBe('demo')
    expect(demo.dataFile).toBe(join(dir, 'kehu-demo.sqlite'))
    expect(await customerCount(first)).toBe(DEMO_SHOP_SIZE.customers)
    expect(await customerNamed(first, '王小明')).toBe(0)
    // Writes in the demo: a customer, and a setting (settings belong to each file).
    await data(first.dispatch('customers.create', { name: '练习客户', phone: '13900000009' }))
    await data(first.dispatch('settings.set', { theme: 'dark' }))
    await first.close()
    expect(fileHash(ownFile)).toBe(ownBytes)

    // A restart opens the owner's shop; the demo opened again keeps what was done in it.
    const second = openShopHost(dir)
    try {
      expect((await info(second)).shop).toBe('own')
      expect(await customerCount(second)).toBe(1)
      expect((await data<Settings>(second.dispatch('settings.get', {}))).theme).toBe('system')
      await data(second.dispatch('app.openDemoShop', {}))
      expect(await customerCount(second)).toBe(DEMO_SHOP_SIZE.customers + 1)
      expect(await customerNamed(second, '练习客户')).toBe(1)
      expect((await data<Settings>(second.dispatch('settings.get', {}))).theme).toBe('dark')

      // Reset remakes it: what was done in it is gone, the seeded shop is back.
      expect(await data(second.dispatch('app.openDemoShop', { reset: true }))).toEqual({ shop: 'demo' })
      expect((await info(second)).shop).toBe('demo')
      expect(await customerCount(second)).toBe(DEMO_SHOP_SIZE.customers)
      expect(await customerNamed(second, '练习客户')).toBe(0)
      expect((await data<Settings>(second.dispatch('settings.get', {}))).theme).toBe('system')
      await data(second.dispatch('customers.create', { name: '练习客户二', phone: '13900000010' }))

      expect(await data(second.dispatch('app.openOwnShop', {}))).toEqual({ shop: 'own' })
      expect((await info(second)).shop).toBe('own')
      expect(await customerCount(second)).toBe(1)
      expect(await customerNamed(second, '王小明')).toBe(1)
      expect(rowCounts(second.current().db)).toEqual(ownCounts)
    } finally {
      await second.close()
    }
    expect(countsOf(ownFile)).toEqual(ownCounts)
  })

  it('makes the same seeded demo every time, in the owner’s language and theme', async () => {
    const dir = folder()
    const host = openShopHost(dir, { osLocale: 'en' })
    try {
      await data(host.dispatch('settings.set', { locale: 'zh-CN', theme: 'dark' }))
      await data(host.dispatch('app.openDemoShop', {}))
      const names = async () =>
        (await data<{ rows: { name: string }[] }>(host.dispatch('customers.list', LIST))).rows.map((r) => r.name)
      const before = await names()
      expect(await data<Settings>(host.dispatch('settings.get', {}))).toMatchObject({ locale: 'zh-CN', theme: 'dark' })
      // A Chinese shop's customers: many Chinese names (the seed mixes in foreign ones).
      expect(before.filter((name) => /[\u4e00-\u9fff]/.test(name)).length).toBeGreaterThan(before.length / 3)
      await data(host.dispatch('app.openDemoShop', { reset: true }))
      expect(await names()).toEqual(before)
    } finally {
      await host.close()
    }
  })

  it('lets the calls a shop is answering finish before it closes its file', async () => {
    const host = openShopHost(folder())
    try {
      await data(host.dispatch('app.openDemoShop', {}))
      // An analysis of the demo under way (it starts after this turn) when the owner goes back.
      const analysis = host.dispatch('analytics.bundles', {})
      await data(host.dispatch('app.openOwnShop', {}))
      expect((await data<BundlesResult>(analysis)).basis.rows).toBeGreaterThan(0)
      expect((await info(host)).shop).toBe('own')
    } finally {
      await host.close()
    }
  })

  it('refuses bad input with a translated message and switches nothing', async () => {
    const dir = folder()
    const host = openShopHost(dir)
    try {
      for (const [channel, input] of [
        ['app.openDemoShop', { reset: 'yes' }],
        ['app.openDemoShop', { file: '/etc/passwd' }],
        ['app.openOwnShop', { shop: 'demo' }],
      ] as const) {
        const answer = await host.dispatch(channel, input)
        expect(answer.ok).toBe(false)
        if (!answer.ok) expect(answer.error.code).toBe('validation')
      }
      expect((await info(host)).shop).toBe('own')
      expect(existsSync(join(dir, 'kehu-demo.sqlite'))).toBe(false)
      // Opening the shop already open changes nothing.
      expect(await data(host.dispatch('app.openOwnShop', {}))).toEqual({ shop: 'own' })
    } finally {
      await host.close()
    }
  })

  it('leaves the owner’s shop serving when the demo file is refused', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'kehu-demo.sqlite'), 'not a database, just text that is long enough to be read as a header')
    const host = openShopHost(dir)
    try {
      await data(host.dispatch('customers.create', { name: '王小明', phone: '13800000001' }))
      const answer = await host.dispatch('app.openDemoShop', {})
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('db_not_sqlite')
      expect((await info(host)).shop).toBe('own')
      expect(await customerCount(host)).toBe(1)
      // Reset replaces the refused file with a new demo.
      await data(host.dispatch('app.openDemoShop', { reset: true }))
      expect(await customerCount(host)).toBe(DEMO_SHOP_SIZE.customers)
    } finally {
      await host.close()
    }
  })

  it('names every file saved from the demo “demo-…”', async () => {
    const asked: string[] = []
    const dialogs = {
      openFile: async () => null,
      chooseFolder: async () => null,
      // The user cancels: the name offered is what is checked.
      saveFile: async ({ defaultName }: { defaultName: string }) => {
        asked.push(defaultName)
        return null
      },
    }
    const host = openShopHost(folder(), { dialogs, osLocale: 'en' })
    const exportList = {
      list: 'customers',
      query: { view: 'active', sort: { column: 'name', dir: 'asc' } },
      columns: ['name'],
    }
    try {
      expect(await data(host.dispatch('csv.exportList', exportList))).toBeNull()
      await data(host.dispatch('app.openDemoShop', {}))
      expect(await data(host.dispatch('csv.exportList', exportList))).toBeNull()
      expect(await data(host.dispatch('csv.export', { kind: 'customers', zip: true }))).toBeNull()
      expect(asked).toEqual(['customers.csv', 'demo-customers.csv', 'demo-kehu-accountant.zip'])
    } finally {
      await host.close()
    }
  })

  it('answers a translated “not here” where nothing can switch (the CLI, tests)', async () => {
    const backend = openTestBackend({ osLocale: 'zh-CN' })
    try {
      const answer = await backend.dispatch('app.openDemoShop', {})
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect([answer.error.code, answer.error.message]).toEqual(['shop_switch_unavailable', '此处无法切换店铺。'])
    } finally {
      backend.close()
    }
  })
})
