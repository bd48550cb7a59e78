import { AppError } from '../../../src-shared/ipc/app-error'
import type { JobKind } from '../jobs'

/** What the analytics worker is started with. */
export interface AnalyticsWorkerData {
  file: string
  nativeBinding?: string
}

export interface JobMessage {
  jobId: string
  kind: JobKind
  input: unknown
  today: string
}

/** Errors cross the thread boundary as data; an AppError keeps its code and params. */
export type WireError =
  | { kind: 'app'; code: string; params: Record<string, string | number> }
  | { kind: 'other'; message: string; stack?: string }

export type WorkerReply =
  | { jobId: string; type: 'progress'; done: number; total: number; phase?: string }
  | { jobId: string; type: 'done'; result: unknown }
  | { jobId: string; type: 'error'; error: WireError }

export function toWire(error: unknown): WireError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, params: error.params }
  const e = error instanceof Error ? error : new Error(String(error))
  return { kind: 'other', message: e.message, stack: e.stack }
}

export function fromWire(wire: WireError): Error {
  if (wire.kind === 'app') return new AppError(wire.code, wire.params)
  const error = new Error(`analytics worker: ${wire.message}`)
  if (wire.stack) error.stack = wire.stack
  return error
}
