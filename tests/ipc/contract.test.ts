import { describe, expect, it } from 'vitest'
import { handlers } from '../../src-main/app/handlers'
import { CHANNEL_NAMES, contract } from '../../src-shared/ipc'

// The compiler checks the maps' keys against ChannelName; this proves it at run time too, where
// a spread of the wrong domain map or a name typo in a plain-JS build would slip through.
describe('IPC contract', () => {
  const names = [...CHANNEL_NAMES].sort()

  it('lists every channel once', () => {
    expect(new Set(names).size).toBe(names.length)
  })

  it('has a zod schema for exactly the listed channels', () => {
    expect(Object.keys(contract).sort()).toEqual(names)
    for (const name of names) expect(typeof contract[name].input.safeParse).toBe('function')
  })

  it('has a handler for exactly the listed channels', () => {
    expect(Object.keys(handlers).sort()).toEqual(names)
    for (const name of names) expect(typeof handlers[name]).toBe('function')
  })

  it('names channels domain.verb', () => {
    for (const name of names) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/)
  })
})
