import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineService } from '../../src-main/ipc/backend-services'
import { openTestBackend, type TestBackend } from '../support/test-db'

describe('per-backend services (ctx.services)', () => {
  let backend: TestBackend
  beforeEach(() => (backend = openTestBackend()))
  afterEach(() => backend.close())

  it('makes a service on first use, from its backend, and keeps that one', () => {
    let made = 0
    const counter = defineService('test.counter', (ctx) => ({ file: ctx.dataFile, serial: ++made }))
    expect(made).toBe(0)
    const first = backend.ctx.services.get(counter)
    expect(first).toEqual({ file: backend.ctx.dataFile, serial: 1 })
    expect(backend.ctx.services.get(counter)).toBe(first)

    const other = openTestBackend()
    try {
      expect(other.ctx.services.get(counter)).toEqual({ file: other.ctx.dataFile, serial: 2 })
    } finally {
      other.close()
    }
  })

  it('closes the services that hold something, newest first, and refuses new ones after', async () => {
    const closed: string[] = []
    const first = defineService('test.first', () => ({ close: () => void closed.push('first') }))
    const plain = defineService('test.plain', () => ({ value: 1 }))
    const second = defineService('test.second', () => ({ close: async () => void closed.push('second') }))
    backend.ctx.services.get(first)
    backend.ctx.services.get(plain)
    backend.ctx.services.get(second)
    await backend.ctx.services.close()
    expect(closed).toEqual(['second', 'first'])
    expect(() => backend.ctx.services.get(plain)).toThrow(/closed/)
  })
})

describe('the job service (ctx.jobs)', () => {
  it('runs only tasks of the jobs table', async () => {
    const backend = openTestBackend()
    try {
      const stray = (): number => 1
      await expect(backend.ctx.jobs.run(stray, 'job-1', null, { label: 'test', writes: false })).rejects.toThrow(
        'stray is not a task of the jobs table',
      )
    } finally {
      backend.close()
    }
  })
})
