// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../../src-main/deals/default-stages'
import { errorMessage } from '../../../src-renderer/src/lib/ipc'
import { useBoardStore } from '../../../src-renderer/src/features/pipeline/stores/board'
import { initialBoardState } from '../../../src-renderer/src/features/pipeline/stores/board/initial-state'
import type { DealDetail, PipelineStage } from '../../../src-shared/domain/deal-types'
import { closeBackend, openBackend, seed } from '../support/real-bridge'

let stages: PipelineStage[]
const titles = (stageId: number): string[] =>
  useBoardStore
    .getState()
    .columns.find((c) => c.stageId === stageId)
    ?.cards.map((c) => c.title) ?? []
const settled = (): Promise<void> =>
  expect.poll(() => useBoardStore.getState().pending === 0 && useBoardStore.getState().status === 'ready').toBe(true)

beforeEach(async () => {
  const backend = openBackend()
  ensureDefaultPipelineStages(backend.db, 'en')
  useBoardStore.setState(initialBoardState())
  stages = await seed<PipelineStage[]>('pipeline.stages', {})
})
afterEach(() => closeBackend())

/** The board's optimistic moves against the real handlers: shown at once, committed, or put back. */
describe('board store (real handlers behind the bridge)', () => {
  it('a refused move puts the card back in its exact place, with the reason', async () => {
    const [lead, , proposal] = stages
    for (const title of ['A', 'B', 'C']) await seed('deals.create', { title, value: 100, stageId: lead.id })
    await useBoardStore.getState().load()
    const b = useBoardStore.getState().columns[0].cards[1]
    expect(titles(lead.id)).toEqual(['A', 'B', 'C'])

    // Behind the board's back the target stage goes away (another window, an import).
    await seed('pipeline.deleteStage', { id: proposal.id })
    const store = useBoardStore.getState()
    const from = store.preview(b.id, { stageId: proposal.id, index: 0 })!
    expect(titles(lead.id)).toEqual(['A', 'C'])
    const outcome = await store.commit(b.id, from)
    expect(outcome).toMatchObject({ ok: false, title: 'B' })
    expect(errorMessage((outcome as { error: unknown }).error)).toBe(
      '“Proposal” has been deleted. Choose one of the current stages.',
    )
    expect(titles(lead.id)).toEqual(['A', 'B', 'C'])
    await settled()
    expect(titles(lead.id)).toEqual(['A', 'B', 'C'])
    expect(useBoardStore.getState().columns.some((c) => c.stageId === proposal.id)).toBe(false)
    expect((await seed<DealDetail>('deals.get', { id: b.id })).stageId).toBe(lead.id)
  })

  it('a committed move keeps the server card, and undo puts it back exactly', async () => {
    const [lead, contacted] = stages
    for (const title of ['A', 'B', 'C']) await seed('deals.create', { title, value: 10_000, stageId: lead.id })
    await seed('deals.create', { title: 'X', value: 10_000, stageId: contacted.id })
    await useBoardStore.getState().load()
    const b = useBoardStore.getState().columns[0].cards[1]
    const store = useBoardStore.getState()
    const from = store.preview(b.id, { stageId: contacted.id, index: 1 })!
    const outcome = await store.commit(b.id, from)
    expect(outcome.ok).toBe(true)
    expect(titles(contacted.id)).toEqual(['X', 'B'])
    const column = useBoardStore.getState().columns.find((c) => c.stageId === contacted.id)!
    expect(column.cards[1]).toMatchObject({ stageId: contacted.id, probability: contacted.probability })
    expect(column.weighted).toBe(column.cards.reduce((sum, c) => sum + c.weighted, 0))

    const undone = await useBoardStore.getState().undo()
    expect(undone?.ok).toBe(true)
    await settled()
    expect(titles(lead.id)).toEqual(['A', 'B', 'C'])
    expect(titles(contacted.id)).toEqual(['X'])
  })
})
