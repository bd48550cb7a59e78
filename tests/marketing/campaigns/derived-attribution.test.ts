import { describe, expect, it } from 'vitest'
import { openTestBackend } from '../../support/test-db'
import { attributionState, everyAttributionWrite } from './support/attribution-writes'

/** The triggers that keep `campaign_member_orders` and `order_margins` (migration `marketing_attribution`). */
const TRIGGERS = (() => {
  const backend = openTestBackend()
  try {
    return backend.db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'trigger'
            AND (name LIKE 'campaign\\_member\\_orders\\_%' ESCAPE '\\' OR name LIKE 'order\\_margins\\_%' ESCAPE '\\') ORDER BY name`,
      )
      .pluck()
      .all() as string[]
  } finally {
    backend.close()
  }
})()

describe('what attribution reads is kept equal to a recomputation', () => {
  it('after every kind of write, and attribution stays the reference rule', async () => {
    const backend = openTestBackend({ osLocale: 'en' })
    const steps: string[] = []
    let mostAttributed = 0
    try {
      await everyAttributionWrite(backend, (step) => {
        const { kept, recomputed } = attributionState(backend.db)
        expect(kept, step).toEqual(recomputed)
        mostAttributed = Math.max(mostAttributed, (kept as { attribution: unknown[] }).attribution.length)
        steps.push(step)
      })
      const { kept } = attributionState(backend.db) as { kept: Record<string, unknown[]> }
      expect(kept.margins.length).toBeGreaterThan(3)
    } finally {
      backend.close()
    }
    expect(steps).toHaveLength(40)
    expect(mostAttributed).toBeGreaterThanOrEqual(3)
  }, 60_000)

  it('needs each of its triggers: without any one, some write leaves the tables wrong', async () => {
    expect(TRIGGERS).toHaveLength(17)
    const unneeded: string[] = []
    for (const trigger of TRIGGERS) {
      const backend = openTestBackend({ osLocale: 'en' })
      try {
        backend.db.exec(`DROP TRIGGER ${trigger}`)
        let wrongAfter: string | undefined
        await everyAttributionWrite(backend, (step) => {
          const { kept, recomputed } = attributionState(backend.db)
          if (wrongAfter === undefined && JSON.stringify(kept) !== JSON.stringify(recomputed)) wrongAfter = step
        }).catch((error: unknown) => {
          // Without the member delete trigger a responses-import undo (members deleted and
          // written back) trips over the stale rows' primary key: that write fails.
          wrongAfter ??= `failed: ${String(error)}`
        })
        if (wrongAfter === undefined) unneeded.push(trigger)
      } finally {
        backend.close()
      }
    }
    expect(unneeded).toEqual([])
  }, 240_000)
})
