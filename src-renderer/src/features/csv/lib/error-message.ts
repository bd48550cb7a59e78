import { IpcCallError } from '../../../lib/ipc'

/** The translated message of a failed call (the main process already translated it). */
export const errorMessage = (error: unknown): string =>
  error instanceof IpcCallError ? error.error.message : error instanceof Error ? error.message : String(error)
