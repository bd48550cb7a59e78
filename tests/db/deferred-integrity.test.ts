import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bootBackend } from '../../src-main/app/boot'
import { noDialogs } from '../../src-main/app/create-context'
import { openDatabase } from '../../src-main/db'
import { checkFileIntegrity } from '../../src-main/db/integrity/check-file'
import type { EventName } from '../../src-shared/ipc'
import { makeTempDir } from '../support/temp-dir'
import { fakeMigrations } from './fake-migrations'
import { fileHash } from './file-bytes'

let tmp: ReturnType<typeof makeTempDir>
let file: string
beforeEach(() => {
  tmp = makeTempDir()
  file = join(tmp.dir, 'kehu.sqlite')
})
afterEach(() => tmp.cleanup())

/** A real Kehu file with enough customers that pages in its middle hold table data. */
function createShop(): void {
  const { db } = openDatabase(file, { create: true })
  const insert = db.prepare('INSERT INTO customers (name, notes) VALUES (?, ?)')
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`客户 ${i}`, 'x'.repeat(200))
  })()
  db.close()
}

/** Overwrites b-tree page headers in the middle of the file, as a torn write would. */
function damagePages(): void {
  const pageSize = 4096
  const pages = statSync(file).size / pageSize
  const fd = openSync(file, 'r+')
  for (let page = Math.floor(pages / 2); page < Math.floor(pages / 2) + 4; page++) {
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, page * pageSize)
  }
  closeSync(fd)
}

describe('deferred integrity check', () => {
  it('opens a sound file without checking it first, and the later check passes', () => {
    createShop()
    const opened = openDatabase(file, { integrity: 'deferred' })
    expect(opened.integrityDeferred).toBe(true)
    expect(checkFileIntegrity(file)).toEqual({ status: 'ok' })
    opened.db.close()
    const checked = openDatabase(file)
    expect(checked.integrityDeferred).toBe(false)
    checked.db.close()
  })

  it('still checks before migrating, and refuses a damaged file that needs a migration', () => {
    const { db } = openDatabase(file, { create: true, migrations: fakeMigrations(1) })
    const insert = db.prepare('INSERT INTO people (name) VALUES (?)')
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`客户 ${i} ${'x'.repeat(60)}`)
    })()
    db.close()
    damagePages()
    const before = fileHash(file)
    expect(() => openDatabase(file, { integrity: 'deferred', migrations: fakeMigrations(2) })).toThrow(
      expect.objectContaining({ code: 'db_corrupt' }),
    )
    expect(fileHash(file)).toBe(before)
    expect(readdirSync(tmp.dir)).not.toContain('backups')
  })

  it('serves the app on a damaged file, then reports it, refuses every write and leaves it byte-identical', async () => {
    createShop()
    damagePages()
    expect(checkFileIntegrity(file).status).toBe('corrupt') // independent of the app's wiring
    const before = fileHash(file)
    const events: { event: EventName; payload: unknown }[] = []
    const backend = bootBackend({
      dataDir: tmp.dir,
      platform: 'cli',
      osLocale: 'en',
      dialogs: noDialogs,
      emit: (event, payload) => void events.push({ event, payload }),
    })
    try {
      const first = await backend.dispatch('app.info', {})
      expect(first).toMatchObject({ ok: true, data: { integrity: { status: 'checking' } } })

      const settled = await backend.integrity.settled
      expect(settled.status).toBe('corrupt')
      expect(settled.detail).not.toBe('')
      expect(events).toEqual([{ event: 'app.integrity', payload: settled }])
      expect(await backend.dispatch('app.info', {})).toMatchObject({ ok: true, data: { integrity: settled } })

      const created = await backend.dispatch('customers.create', { name: '新客户' })
      expect(created).toMatchObject({ ok: false, error: { code: 'db_corrupt' } })
      if (created.ok) throw new Error('unreachable')
      expect(created.error.message).toContain('restore a backup')
      const settings = await backend.dispatch('settings.set', { theme: 'dark' })
      expect(settings).toMatchObject({ ok: false, error: { code: 'db_corrupt' } })
    } finally {
      backend.close()
    }
    expect(fileHash(file)).toBe(before)
  })

  it('reports a sound file as ok and keeps it writable', async () => {
    createShop()
    const events: EventName[] = []
    const backend = bootBackend({
      dataDir: tmp.dir,
      platform: 'cli',
      osLocale: 'en',
      dialogs: noDialogs,
      emit: (event) => void events.push(event),
    })
    try {
      expect(await backend.integrity.settled).toEqual({ status: 'ok' })
      expect(events).toEqual(['app.integrity'])
      expect(await backend.dispatch('customers.create', { name: '新客户' })).toMatchObject({ ok: true })
    } finally {
      backend.close()
    }
  })
})
