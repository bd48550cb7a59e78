import type { z } from 'zod'

/**
 * One IPC channel: a strict zod schema for what the renderer may send, and (as a type only)
 * what the main process answers. The phantom `output` carries the result type to `call()`.
 */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  readonly output?: O
}

/** `channel<Result>()(inputSchema)`: curried so the input type is inferred and the output named. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })
