import { z } from 'zod'
import { AppError, CHANNEL_NAMES, contract, type ChannelName, type IpcError, type IpcResult } from '../../src-shared/ipc'
import { translate, type Locale } from '../../src-shared/i18n'
import type { HandlerContext } from './context'
import type { Handlers } from './handler'
import { explainSqliteError } from './sqlite-errors'

export type Dispatch = (channel: string, raw: unknown) => Promise<IpcResult<unknown>>

const channelSet = new Set<string>(CHANNEL_NAMES)
const isChannel = (name: string): name is ChannelName => channelSet.has(name)

const zodLocales = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } satisfies Record<Locale, unknown>

/**
 * The one registrar every transport uses (Electron IPC, the browser harness, tests):
 * known channel → strict `safeParse` with messages in the UI language → handler →
 * `{ ok, data }`, or `{ ok: false, error }` with a translated message and no stack trace.
 */
export function createDispatcher(
  handlers: Handlers,
  ctx: HandlerContext,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): Dispatch {
  return async (channel, raw) => {
    const locale = ctx.locale()
    if (!isChannel(channel)) return failure(locale, new AppError('unknown_channel', { channel }))
    const parsed = contract[channel].input.safeParse(raw, { error: zodLocales[locale].localeError })
    if (!parsed.success) return failure(locale, validationError(parsed.error, locale))
    try {
      const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown
      return { ok: true, data: await handler(parsed.data, ctx) }
    } catch (error) {
      if (error instanceof AppError) return failure(locale, error)
      const explained = explainSqliteError(error, ctx.dataFile)
      if (explained) return failure(locale, explained)
      log(`[ipc] ${channel} failed`, error)
      return failure(locale, new AppError('internal'))
    }
  }
}

/** Turns zod issues into field paths with messages, plus a one-line summary. */
export function validationError(error: z.ZodError, locale: Locale): AppError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    // Our own checks carry an i18n key as their message (a refine, or a custom message on a
    // built-in check such as a number's type); zod's locale words the rest, which are not keys
    // and come back from `translate` as they are.
    message: translate(locale, issue.message),
  }))
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
  return new AppError('validation', { summary }, issues)
}

/** The answer to a refused call: the error in the UI language, no stack trace. */
export function failure(locale: Locale, error: AppError): { ok: false; error: IpcError } {
  const message = translate(locale, `errors.${error.code}`, error.params)
  const ipcError: IpcError = { code: error.code, message, params: error.params }
  if (error.issues) ipcError.issues = error.issues
  return { ok: false, error: ipcError }
}
