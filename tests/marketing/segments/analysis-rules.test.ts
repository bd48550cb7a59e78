import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clusterMembers, rfmMembers } from '../../../src-main/insights/drill/members'
import { localToday } from '../../../src-main/insights/lib/dates'
import { evaluateSegment } from '../../../src-main/marketing/segments/evaluate'
import { RFM_SEGMENTS, type ChurnResult, type ClustersResult, type RfmResult } from '../../../src-shared/domain/analytics'
import type { TestBackend } from '../../support/test-db'
import { one } from './support/definitions'
import { seededShop } from './support/seeded-shop'

let backend: TestBackend
beforeAll(async () => void (backend = await seededShop()), 120_000)
afterAll(() => backend.close())

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel as never, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}
const count = (rule: unknown): Promise<{ count: number; asOf: string | null }> =>
  call('segments.count', { definition: one(rule) })
const env = { today: localToday(), progress: () => undefined }

describe('rules on the analyses agree with the analyses', () => {
  it('RFM: each segment holds the customers and the count the RFM analysis gives it', async () => {
    const rfm = await call<RfmResult>('analytics.rfm', {})
    for (const segment of RFM_SEGMENTS) {
      const answer = await count({ kind: 'rfm', segments: [segment] })
      expect(answer.count, segment).toBe(rfm.segments.find((s) => s.key === segment)?.customers)
      expect(answer.asOf).toBe(localToday())
      const members = rfmMembers(backend.db, { asOf: env.today, segment }, env).sort((a, b) => a - b)
      expect(evaluateSegment(backend.db, one({ kind: 'rfm', segments: [segment] }))).toEqual(members)
    }
    const two = await count({ kind: 'rfm', segments: ['champions', 'loyal'] })
    expect(two.count).toBe(rfm.segments[0].customers + rfm.segments[1].customers)
  })

  it('churn risk: the bands cut the churn analysis’s probabilities at 0.3 and 0.6', async () => {
    const churn = await call<ChurnResult>('analytics.churn', { windowDays: 180, limit: 500 })
    const band = (b: string): number[] => evaluateSegment(backend.db, one({ kind: 'churnRisk', bands: [b] }))
    const [low, medium, high] = [band('low'), band('medium'), band('high')]
    for (const c of churn.customers) {
      const expected = c.probability >= 0.6 ? high : c.probability >= 0.3 ? medium : low
      expect(expected, `customer ${c.id} p=${c.probability}`).toContain(c.id)
    }
    // Every scored customer is in exactly one band.
    expect(new Set([...low, ...medium, ...high]).size).toBe(low.length + medium.length + high.length)
    expect(low.length + medium.length + high.length).toBe(churn.basis.rows)
    expect((await count({ kind: 'churnRisk', bands: ['high'] })).count).toBe(high.length)
  })

  it('cluster: each cluster holds the customers and the size the k-means analysis gives it', async () => {
    const clusters = await call<ClustersResult>('analytics.clusters', { k: 4 })
    for (let cluster = 0; cluster < 4; cluster++) {
      const answer = await count({ kind: 'cluster', k: 4, clusters: [cluster] })
      expect(answer.count).toBe(clusters.clusters[cluster].size)
      const members = clusterMembers(backend.db, { clusters: { k: 4 }, cluster }, env).sort((a, b) => a - b)
      expect(evaluateSegment(backend.db, one({ kind: 'cluster', k: 4, clusters: [cluster] }))).toEqual(members)
    }
  })
})
