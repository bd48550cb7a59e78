import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { watchIntegrity } from '../../src-main/db/integrity/integrity-monitor'
import type { IntegrityState } from '../../src-shared/ipc/channels/app'

const open: Database.Database[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

/** A check run that fails as a stopped worker does, once `cancel` (or `fail`) is called. */
function stoppableRun() {
  let fail: (error: Error) => void = () => undefined
  const result = new Promise<never>((_, reject) => (fail = reject))
  return {
    run: { result, cancel: async () => fail(new Error('integrity worker stopped (exit code 1)')) },
    fail: () => fail(new Error('integrity worker stopped (exit code 1)')),
  }
}

describe('the deferred integrity check’s monitor', () => {
  it('a check that could not run counts as damage, and the connection stops writing', async () => {
    const db = new Database(':memory:')
    open.push(db)
    const told: IntegrityState[] = []
    const { run, fail } = stoppableRun()
    const monitor = watchIntegrity(db, run, (state) => told.push(state))
    fail()
    expect(await monitor.settled).toMatchObject({ status: 'corrupt' })
    expect(told).toHaveLength(1)
    expect(() => db.exec('CREATE TABLE t (a)')).toThrow()
  })

  it('a check stopped because the file is being closed says nothing: no "damaged" event, writes untouched', async () => {
    const db = new Database(':memory:')
    open.push(db)
    const told: IntegrityState[] = []
    const monitor = watchIntegrity(db, stoppableRun().run, (state) => told.push(state))
    await monitor.close()
    expect(await monitor.settled).toEqual({ status: 'checking' })
    expect(told).toEqual([])
    expect(() => db.exec('CREATE TABLE t (a)')).not.toThrow()
  })
})
