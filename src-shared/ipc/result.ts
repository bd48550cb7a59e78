import type { ErrorCode } from './app-error'

/** A problem with one field of an input, already translated for the UI language. */
export interface IpcIssue {
  path: string
  message: string
}

/**
 * Errors are values at the boundary: a stable code for code, a translated message for people,
 * and never a stack trace (details stay in the main-process log).
 */
export interface IpcError {
  code: ErrorCode
  message: string
  params?: Record<string, string | number>
  issues?: IpcIssue[]
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }
