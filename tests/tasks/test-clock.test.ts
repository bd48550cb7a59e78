import { describe, expect, it } from 'vitest'
import { manualClock } from './support'

describe('the test clock (harness --test-hooks, and these tests)', () => {
  it('fires timers at their own times, in order, while advancing', () => {
    const clock = manualClock('2026-12-05T00:00:00.000Z')
    const fired: string[] = []
    const at = (label: string) => () => fired.push(`${label}@${new Date(clock.now()).toISOString().slice(11, 19)}`)
    clock.setTimer(at('b'), 2000)
    clock.setTimer(at('a'), 1000)
    const cancel = clock.setTimer(at('never'), 1500)
    cancel()
    clock.setTimer(() => {
      at('c')()
      clock.setTimer(at('d'), 500)
    }, 2500)
    clock.advance(2900)
    expect(fired).toEqual(['a@00:00:01', 'b@00:00:02', 'c@00:00:02'])
    expect(new Date(clock.now()).toISOString()).toBe('2026-12-05T00:00:02.900Z')
    clock.advance(100) // the timer c set fires at 3.0 s exactly
    expect(fired.at(-1)).toBe('d@00:00:03')
  })

  it('lets time pass in a sleep without firing; the late timers fire on the next advance, at the time it is', () => {
    const clock = manualClock('2026-12-05T00:00:00.000Z')
    const fired: number[] = []
    clock.setTimer(() => fired.push(clock.now()), 30_000)
    clock.sleep(3_600_000)
    expect(fired).toEqual([])
    clock.advance(0)
    expect(fired).toEqual([Date.parse('2026-12-05T01:00:00.000Z')])
  })
})
