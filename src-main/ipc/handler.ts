import type { ChannelName, ChannelOutput, ParsedInput } from '../../src-shared/ipc'
import type { HandlerContext } from './context'

/** A plain function from validated input to result; may be async. */
export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type Handlers = { [C in ChannelName]: Handler<C> }

/** The handlers of one domain (`customers.*`), complete: a missing one is a compile error. */
export type DomainHandlers<D extends string> = {
  [C in ChannelName as C extends `${D}.${string}` ? C : never]: Handler<C>
}
