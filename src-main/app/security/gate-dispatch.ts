import { z } from 'zod'
import { AppError, contract } from '../../../src-shared/ipc'
import type { Locale } from '../../../src-shared/i18n'
import type { SecurityChannel } from '../../../src-shared/ipc/channels/security'
import type { SecurityControl } from '../../ipc/context'
import { failure, validationError, type Dispatch } from '../../ipc/registrar'

const zodLocales = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } satisfies Record<Locale, unknown>

/** What answers before any file is open: the first run's choice, unlocking, and the status. */
export const GATE_CHANNELS = new Set<string>(['security.status', 'security.setup', 'security.unlock'] satisfies SecurityChannel[])

/**
 * The registrar's rules (contract validation, translated errors) for the gate channels while
 * no backend exists; every other channel is `security_locked`. The data is never reachable here.
 */
export function gateDispatch(control: SecurityControl, locale: () => Locale): Dispatch {
  return async (channel, raw) => {
    if (!GATE_CHANNELS.has(channel)) return failure(locale(), new AppError('security_locked'))
    const name = channel as SecurityChannel
    const parsed = contract[name].input.safeParse(raw, { error: zodLocales[locale()].localeError })
    if (!parsed.success) return failure(locale(), validationError(parsed.error, locale()))
    try {
      const run = control[name] as (input: unknown) => Promise<unknown>
      return { ok: true, data: await run(parsed.data) }
    } catch (error) {
      if (error instanceof AppError) return failure(locale(), error)
      console.error(`[security] ${channel} failed`, error)
      return failure(locale(), new AppError('internal'))
    }
  }
}
