/** A cancel flag both threads see: the main thread sets it while the worker is busy. */
export const newCancelFlag = (): SharedArrayBuffer => new SharedArrayBuffer(4)
export const setCancelled = (flag: SharedArrayBuffer): void => void Atomics.store(new Int32Array(flag), 0, 1)
export const isSet = (flag: SharedArrayBuffer): boolean => Atomics.load(new Int32Array(flag), 0) === 1
