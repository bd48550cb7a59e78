import type { ChannelInput, ChannelName, ChannelOutput, IpcError } from '../../../src-shared/ipc'
import { ensureDefaultLostReasons } from '../../../src-main/deals/default-lost-reasons'
import { ensureDefaultPipelineStages } from '../../../src-main/deals/default-stages'
import { openTestBackend, type TestBackend } from '../../support/test-db'

/** The default English pipeline: Lead, Contacted, Proposal, Negotiation (open), Won, Lost. */
export interface Pipeline {
  backend: TestBackend
  stage: Record<'lead' | 'contacted' | 'proposal' | 'negotiation' | 'won' | 'lost', number>
  /** Calls a channel through the real registrar; throws the translated message on failure. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Calls a channel that must fail; returns its error. */
  fail<C extends ChannelName>(channel: C, input: unknown): Promise<IpcError>
  /** Creates a deal in `stageId` (default Lead) and returns its id. */
  deal(title: string, fields?: Partial<ChannelInput<'deals.create'>>): Promise<number>
  close(): void
}

export function openPipeline(): Pipeline {
  const backend = openTestBackend()
  ensureDefaultPipelineStages(backend.db, 'en')
  ensureDefaultLostReasons(backend.db, 'en')
  const ids = backend.db.prepare('SELECT id FROM pipeline_stages ORDER BY position').pluck().all() as number[]
  const [lead, contacted, proposal, negotiation, won, lost] = ids
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
    return result.data as ChannelOutput<C>
  }
  return {
    backend,
    stage: { lead, contacted, proposal, negotiation, won, lost },
    call,
    async fail(channel, input) {
      const result = await backend.dispatch(channel, input)
      if (result.ok) throw new Error(`${channel} should have failed`)
      return result.error
    },
    async deal(title, fields = {}) {
      return (await call('deals.create', { title, value: 0, stageId: lead, ...fields })).id
    },
    close: () => backend.close(),
  }
}
