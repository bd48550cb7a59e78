import { z } from 'zod'
import { AppError, contract, type ChannelName, type ErrorCode } from '../../../src-shared/ipc'
import type { Locale } from '../../../src-shared/i18n'
import type { SecurityChannel } from '../../../src-shared/ipc/channels/security'
import type { SecurityControl } from '../../ipc/context'
import { failure, validationError, type Dispatch } from '../../ipc/registrar'

const zodLocales = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } satisfies Record<Locale, unknown>

/** What answers before any file is open: the first run's choice, unlocking, and the status. */
export const GATE_CHANNELS = new Set<string>(['security.status', 'security.setup', 'security.unlock'] satisfies SecurityChannel[])

type Answer = (input: never) => Promise<unknown>

/**
 * The registrar's rules (contract validation, translated errors) for the few channels that
 * answer while no backend exists; every other channel is refused with `refusal`. The data is
 * never reachable here.
 */
export function limitedDispatch(
  answers: Partial<Record<ChannelName, Answer>>,
  refusal: ErrorCode,
  locale: () => Locale,
): Dispatch {
  return async (channel, raw) => {
    const answer = Object.hasOwn(answers, channel) ? answers[channel as ChannelName] : undefined
    if (!answer) return failure(locale(), new AppError(refusal))
    const parsed = contract[channel as ChannelName].input.safeParse(raw, { error: zodLocales[locale()].localeError })
    if (!parsed.success) return failure(locale(), validationError(parsed.error, locale()))
    try {
      return { ok: true, data: await (answer as (input: unknown) => Promise<unknown>)(parsed.data) }
    } catch (error) {
      if (error instanceof AppError) return failure(locale(), error)
      console.error(`[security] ${channel} failed`, error)
      return failure(locale(), new AppError('internal'))
    }
  }
}

/** Before the file is open: the gate channels, and `security_locked` for the rest. */
export const gateDispatch = (control: SecurityControl, locale: () => Locale): Dispatch =>
  limitedDispatch(
    Object.fromEntries([...GATE_CHANNELS].map((name) => [name, control[name as SecurityChannel] as Answer])),
    'security_locked',
    locale,
  )
