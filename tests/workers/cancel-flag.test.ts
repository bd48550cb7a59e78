import { describe, expect, it } from 'vitest'
import { commit, isSet, newCancelFlag, setCancelled } from '../../src-main/workers/cancel-flag'

/** The two threads agree on one answer: either the cancel won (the task stops) or the commit did (it finishes). */
describe('the cancel flag with a point of no return', () => {
  it('a cancel before the commit stops the task: the commit is refused', () => {
    const flag = newCancelFlag()
    expect(setCancelled(flag)).toBe(true)
    expect(isSet(flag)).toBe(true)
    expect(commit(flag)).toBe(false)
  })

  it('a commit before the cancel finishes the task: the cancel is refused and never seen', () => {
    const flag = newCancelFlag()
    expect(commit(flag)).toBe(true)
    expect(setCancelled(flag)).toBe(false)
    expect(isSet(flag)).toBe(false)
  })

  it('a task without a point of no return is cancelled as before', () => {
    const flag = newCancelFlag()
    expect(isSet(flag)).toBe(false)
    expect(setCancelled(flag)).toBe(true)
    expect(setCancelled(flag)).toBe(true)
    expect(isSet(flag)).toBe(true)
  })
})
