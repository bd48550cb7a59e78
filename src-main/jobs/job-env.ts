/** What a job gets besides its connection and input, in the worker or inline. */
export interface JobEnv {
  /** Reports progress in the job's own unit (bytes read for an import). */
  progress(done: number, total: number, phase?: string): void
  /** True once `jobs.cancel` asked to stop; a job checks it between batches. */
  isCancelled(): boolean
}

/** A cancel flag both threads see: the main thread sets it while the worker is busy. */
export const newCancelFlag = (): SharedArrayBuffer => new SharedArrayBuffer(4)
export const setCancelled = (flag: SharedArrayBuffer): void => void Atomics.store(new Int32Array(flag), 0, 1)
export const isSet = (flag: SharedArrayBuffer): boolean => Atomics.load(new Int32Array(flag), 0) === 1
