import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, writeTransaction } from '../../src-main/db'
import { fakeMigrations } from './fake-migrations'

let db: Database.Database
beforeEach(() => {
  db = new Database(':memory:')
  migrate(db, fakeMigrations())
})
afterEach(() => db.close())

const count = (): unknown => db.prepare('SELECT count(*) FROM people').pluck().get()

describe('writeTransaction', () => {
  it('commits all rows and returns the result', () => {
    const ids = writeTransaction(db, (tx) =>
      ['a', 'b'].map((name) => tx.prepare('INSERT INTO people (name) VALUES (?)').run(name).lastInsertRowid),
    )
    expect(ids).toHaveLength(2)
    expect(count()).toBe(2)
  })

  it('rolls back every row when one fails', () => {
    expect(() =>
      writeTransaction(db, (tx) => {
        tx.prepare(`INSERT INTO people (name) VALUES ('a')`).run()
        tx.prepare('INSERT INTO people (name) VALUES (NULL)').run()
      }),
    ).toThrow(/NOT NULL/)
    expect(count()).toBe(0)
  })

  it('refuses async work and rolls back', () => {
    expect(() =>
      writeTransaction(db, async (tx) => {
        tx.prepare(`INSERT INTO people (name) VALUES ('a')`).run()
      }),
    ).toThrow(/Promise/)
    expect(count()).toBe(0)
  })
})
