import type { z } from 'zod'
import type { Channel } from './channel'
import type { ChannelName } from './names'
import { appChannels } from './channels/app'

/** The one contract: every channel's input schema and result type, keyed by name. */
export const contract = {
  ...appChannels,
} satisfies Record<ChannelName, Channel>

export type Contract = typeof contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = Contract[C] extends Channel<z.ZodType, infer O> ? O : never
