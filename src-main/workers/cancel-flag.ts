/**
 * A cancel flag both threads see: the main thread sets it while the worker is busy. A task with
 * a point of no return (the encryption switch's swap) claims the flag first: from then on a
 * cancel is refused, so the two threads can never disagree about whether the task was stopped.
 */
const OPEN = 0
const CANCELLED = 1
const COMMITTED = 2

export const newCancelFlag = (): SharedArrayBuffer => new SharedArrayBuffer(4)
/** False when the task had already passed its point of no return (`commit`). */
export const setCancelled = (flag: SharedArrayBuffer): boolean => {
  const was = Atomics.compareExchange(new Int32Array(flag), 0, OPEN, CANCELLED)
  return was !== COMMITTED
}
export const isSet = (flag: SharedArrayBuffer): boolean => Atomics.load(new Int32Array(flag), 0) === CANCELLED
/** The task's point of no return: false when it was cancelled first (then it must stop). */
export const commit = (flag: SharedArrayBuffer): boolean =>
  Atomics.compareExchange(new Int32Array(flag), 0, OPEN, COMMITTED) !== CANCELLED
