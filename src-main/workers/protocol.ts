import { AppError, type ErrorCode } from '../../src-shared/ipc/app-error'

/** What every task worker is started with. */
export interface WorkerStart {
  /** The data file. */
  file: string
  /** The better-sqlite3 addon the main process loaded (./native-binding.ts). */
  nativeBinding?: string
  /** The data key in hex when the file is encrypted: in the thread's memory only, never env, disk or logs. */
  key?: string
}

/** Main → worker: run one task. */
export interface TaskMessage {
  taskId: string
  task: string
  input: unknown
  /** ./cancel-flag.ts: set by the main thread, read by the task between batches. */
  cancel: SharedArrayBuffer
}

/** Errors cross the thread boundary as data; an AppError keeps its code, params and issues. */
export type WireError =
  | { kind: 'app'; code: ErrorCode; params: Record<string, string | number>; issues?: AppError['issues'] }
  | { kind: 'other'; message: string; stack?: string }

/** Worker → main: progress while a task runs, then its result or error; `fatal` when it cannot serve at all. */
export type WorkerReply =
  | { taskId: string; type: 'progress'; done: number; total: number; phase?: string }
  | { taskId: string; type: 'done'; result: unknown }
  | { taskId: string; type: 'error'; error: WireError }
  | { type: 'fatal'; error: WireError }

export function toWire(error: unknown): WireError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, params: error.params, issues: error.issues }
  const e = error instanceof Error ? error : new Error(String(error))
  return { kind: 'other', message: e.message, stack: e.stack }
}

export function fromWire(wire: WireError, source: string): Error {
  if (wire.kind === 'app') return new AppError(wire.code, wire.params, wire.issues)
  const error = new Error(`${source}: ${wire.message}`)
  if (wire.stack) error.stack = wire.stack
  return error
}
