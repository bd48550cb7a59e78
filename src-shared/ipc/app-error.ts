import type { errors } from '../i18n/locales/en/errors'

/** Every error code a handler may answer with: a key of the errors catalog, so a typo is a compile error. */
export type ErrorCode = keyof typeof errors

/**
 * Thrown by handlers for expected failures (not found, conflict, validation that needs the
 * database). The registrar turns it into an `IpcError` with a message translated from
 * `errors.<code>` in the UI language, interpolating `params`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues?: { path: string; message: string }[],
  ) {
    super(code)
    this.name = 'AppError'
  }
}
