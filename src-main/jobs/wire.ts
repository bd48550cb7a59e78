import { AppError, type ErrorCode } from '../../src-shared/ipc/app-error'

/** Errors cross the thread boundary as data; an AppError keeps its code and params. */
export type WireError =
  | { kind: 'app'; code: ErrorCode; params: Record<string, string | number> }
  | { kind: 'other'; message: string; stack?: string }

/** What a job worker posts back: progress while a job runs, then its result or error. */
export type WorkerReply =
  | { jobId: string; type: 'progress'; done: number; total: number; phase?: string }
  | { jobId: string; type: 'done'; result: unknown }
  | { jobId: string; type: 'error'; error: WireError }

export function toWire(error: unknown): WireError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, params: error.params }
  const e = error instanceof Error ? error : new Error(String(error))
  return { kind: 'other', message: e.message, stack: e.stack }
}

export function fromWire(wire: WireError, source: string): Error {
  if (wire.kind === 'app') return new AppError(wire.code, wire.params)
  const error = new Error(`${source}: ${wire.message}`)
  if (wire.stack) error.stack = wire.stack
  return error
}
